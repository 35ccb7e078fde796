#!/usr/bin/env python3
"""Writes round92_first_names.txt and round92_surnames.txt, the ninety-second round's
measuring names, from the Danish spelling dictionary of the Debian package `hunspell-da`
1:7.5.0-1 (LibreOffice's dictionaries 7.5.0; the word list of Foreningen for frit
tilgængelige sprogværktøjer (Stavekontrolden), 2007-2014, under the GNU Lesser General
Public License version 2.1, the GNU General Public License version 2 or the Mozilla
Public License 1.1 by the package's copyright file; see danish_LICENSE.md).

    apt-get download hunspell-da=1:7.5.0-1
    dpkg-deb -x hunspell-da_1%3a7.5.0-1_all.deb /tmp/da
    python3 extract_danish_names.py /tmp/da/usr/share/hunspell/da_DK.dic

The dictionary is a Hunspell word list in UTF-8 (its first line the count, then one
`STEM/FLAGS` a line), read as text with `hunspell_entries` of name_list_tools.py, never
loaded by a spell checker or run. Its proper nouns of every kind (given names, family
names, figures of the Bible and of antiquity, the Latin names of plants and animals,
firms, buildings) carry the affix class `9` alone (the genitive of a proper noun:
Mette/9, Jensen/9), places the classes `54,9` (Aabenraa/54,9). No class tells a given
name from a family name. Read here, in the file's order, of the stems whose flags are
`9` alone:

- as given names, those found by reading the class's stems that no list here holds
  (`GIVEN_NAMES`: the given names of people living now, many of them of the Danish
  register of approved given names: Julieane, Josephiine, Gunilde, Mariamalie,
  Laksiya, Abdirazaaq), the figures of the Bible and of antiquity, myth and tales, the
  Latin names of plants and animals, places, firms and every name whose use as a given
  name today could not be vouched for left out; the script stops if a listed given
  name is not in the file with the class;
- as surnames, those in the Danish endings of family names (`SURNAME_ENDINGS`: -sen,
  -gaard, -strup, -bjerg, -skov, -holm...: Adsersen, Baastrup, Bredegaard, Faurskov,
  Liboriussen), minus the places, buildings, estates, firms and words found among them
  by reading (`NOT_SURNAMES`).

Bare names, no person's record and no list of anyone. Each name written in plain letters
(the accents dropped), capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames`);
titles and particles (`TITLES`) and the spellings comments use for words in texting
style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) left out. Measuring
names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import hunspell_entries, plain_letters, write_kept_given_and_surnames

# The given names of people living now found by reading the proper nouns (class 9) that
# no list here holds, in plain letters.
GIVEN_NAMES = set(
    """
Ysha Julieane Ivva Eydna Josephiine Djoana Jeshana Natacja Jiannia Anniqa Myndia Gunilde
Oanna Cayleo Piyanna Eyun Iluuna Maxmilan Gjyzide Elayda Julitha Anjaleena Yaaquub
Tjanna Celinah Tayyam Rialda Yuunis Isja Elinana Abdirazaaq Nizitha Jaminna Gyrita
Leyilah Selvania Evaleisa Natazja Abdelqadeem Meliciana Jayad Betiina Caliina Jyotima
Nilie Jizlia Nitha Adistya Siliam Nadeena Katjanna Nethaya Marriyum Avivan Leontijana
Eidie Ranulv Annelena Annilie Siaha Lindye Annamaya Anishan Heidii Hjalde Shyaam
Miiranda Laksiya Nahdine Liean Mikaeline Maxino Jarliny Aljosja Zanitha Cjasmin Cemilie
Stiine Aidino Nannali Gynthia Cenzia Caaisha Shijuan Xudeyfe Janusha Laiila Jeadee
Liamna Juvena Shasmina Amarja Diamina Tajanna Jordanana Wenja Ifenna Amaliee Jasmitha
Joeine Idriis Nathleen Auralys Khadije Jeanninna Anlizel Neeline Xemina Jeyamenan
Maryzia Djinna Christiin Keisie Afaia Aminali Ryesa Annimi Miracela Firina Kiahann
Aninja Irmilin Dualina Lyngvild Jaqque Duiannia Anncarina Mariamalie Emilje Anushiya
Mayssanne Cecilje Almalinda Jasminika Naninna Kiea Evarine Annamai Zilja Rikkeliza
Anniceta Dijanis Ofia Jomanna Ulrikkea Danijal Sylvea Zhanne Manicia Secilie Yasminmari
Cloann Kheshayar Vjatjeslav Bibijanna Shabetha Sjanni Hayru Aathithan Lenemaia Phenia
Josefineke Nadjie Siranne Dasjan Ibraahiim Idahella Panayis Lisjan Audreyanne Reaja
Arrild Annjeanett Birgitha Anjella Abdulbasid Karnelia Abdighani Jarlind Josephalberto
Kimmia Marjaneh Kristinnamaria Joejuma Navona Memia Khisandra Keike Gydda Marquirita
Aimai Djahar Thivyan Fridamarie Nunia Annekarinna Adaleta Ingeliz Rasmina Nazasja
Djennirosa Lamaia Jestelina Vildar Leilf Valdus Abdelshakur Joseffine Jeanrie Thinna
Jacquub Thair Reysa Suheeb Ethena Abdikheyr Hanneloa Naninja Jaroa Harislava Jelona
Yaacob Tirhana Fatana Abdibaari Kalimaya Giannula Aishwaryar Minjamin Jyttekira Juelline
Rahny Nirusan Djonni Ibina Allinda Mariejo Karenlene Maxamud Szhirley Amallia Suheyra
Solfrida Abideen Badisha Kavishan Johsefine Karinmaria Kenie Shahasima Evazofia Zelitta
Kiami Lavmine Mathaeo Sheanitta Katthia Secilmis Liddi Salahudiin Abidullah Harindra
Djennie Athiscia Thidajaree Mekira Piaana Emmanine Nakitha Zuzanne Rikkemayja Navajyothi
Glenni Emmarikke Betricia Chenitha Elzebeth Hannemalene Rayeka Mattilde Elvinus Tekinna
Boanna Nitsja Amielin Alabdin Ruhdi Kahleen Sonilla Shesalina Sashja Othenia Sizel
Meriva Saifaldin Cabdulaahi Diljin Negine Japjijyot Jeamaine Odieneke Ellisabet Etena
Leenus Rikkeline Qivioq Mehida Taibia Noreldin Merimerissa Lauralil Albika Aryavardhan
Axella Zandie Pianna Madicen Bodilmarie Kittimaria Rikkelee Leema Safarina Fione Sanilla
Venelite Mohamedsadiq Tanaz Lajsha Velihan Aichia Jenistala Cameline Kathla Karinela
Cylver Raifan Auline Caimie Melichiya Emerli Cecillie Numeira Mathiias Kishali Enayet
Emune Kaniha Asadallah Sansanna Bhavita Navarana Winnia Zafinia Nicolei Nijas Micarius
Joncy Henriik Titinna Albaline Timie Guulvard Kenani Gullfrid Gittemarija Annefie
Hedayatullah Smiline Zuaila Inarose Birgitanilla Tetina Shafalie Mekaline Annemai Zeddi
Sinnemarie Grisja Annicha Matiullah Cimmy Nilli Madelan Olgha Annekristine Metina
Saseline Martinna Filine Ammalie Annesisse Fizan Nanasilla Zeddy Taramanya Qazallah
Laurusia Carrinna Katemilla Nisella Frejalil Benjade Cebina Frejamay Mathina Zemine
Celicha Zeanet Hahdi Farmila Gunnarsine Karenlil Amahlie Assika Geeti Helledie Sisseline
Malinnie Umawadee Tasbia Udoline Bennedikta Rosemmi Nicolaia Mitcie Quendresa Nimatullah
Lauire Katitzie Genellie Lisbetth Jensie Magdullah Corneliius Akeleye Siquena Imone
Mailiese Vibika Nafish Envar Lulue Ahmedeeg Petricia Ulricha Hwaida Aconcio Elvart
Hassaneen Nantika Juhlli Sehra Bojanna Ingemia Tuyennhi Leenette Muhammadreedha Rozitta
Alerik Shaafi Filuca Mehde Ahmadon Kimfrey Chillimaya Olivor Hellith Titika Khaterah
Herene Handrin Beannie Paneeraq Alicsander Sarafine Tivie Rusla Thomina Vilni Seihoon
Ebyan Zebida Vasanthy Dzemailj Kaneshka Kiartan Thino Kirthikan Hadidza Breido Demitrij
Ettenna Karenmarie Natazcha Nannett Khreinn Chilie Anussan Ellemi Mudiwa Sundini Steena
Judyka Roswan Cesseli Hanseeraq Hjordit Marthea Soyba Arnanguaq Marqvar Henryette
Thileepan Mashakur Sesilje Lusungu Husamuddin Hannemai Alichan Parwana Arenze Zarthine
Nataschia Klennie Lykkemaia Arnarulunnguaq Inette Filomentina Bjorgitte Annmette
Karinette Gjertrude Bendikte Royni Cenette Eduward Mouhannad Stenny Annedorthe Methie
Annesette Chabrina Vebina Meliku Astair Kirrie Ullamaje Sherwan Pelinay Caronne Jeffi
Sadikh Jealelou Edgon Valinka Muqdad Bhimrao Kiritin Esmund Frederikk Mahrab Hannelouise
Ogbemudia Sesillie Baidel Luvin Fraja Ejlar Tulieth Cibell Phie
""".split()
)

# The Danish endings of family names.
SURNAME_ENDINGS = (
    "sen", "gaard", "gard", "strup", "holm", "bjerg", "skov", "toft", "kjaer", "kaer",
    "feldt", "mose", "holt", "rup", "lund", "berg", "bye", "by", "dal", "vad", "lev",
)

# Places, buildings, estates, firms and words in those endings, found by reading.
NOT_SURNAMES = set(
    """
Levnedsmiddelstyrelsen Margrethepladsen Sachsenhausen Uniavisen Oddergrisen Midgard
Miklagard Moby Herlufsholm Dronningholm Rungstedlund Ordrupgaard Orebygard Nivaagaard
Nivagard Krabbesholm Hindsholm Trapholt Hadal Alvad Sostrup Voergard Vibygard
Bastrupgard Borupgard Krenkerup Gribskov Egedal Strandby Vedby Vejby Skarsholm
""".split()
)


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    given, surnames, done = [], [], set()
    for stem, flags in hunspell_entries(dic):
        if flags != "9" or not stem[:1].isupper() or stem in done:
            continue
        done.add(stem)
        plain = plain_letters(stem)
        if plain in GIVEN_NAMES:
            given.append(stem)
        elif plain.lower().endswith(SURNAME_ENDINGS) and plain not in NOT_SURNAMES:
            surnames.append(stem)
    missing = GIVEN_NAMES - {plain_letters(g) for g in given}
    if missing:
        raise SystemExit(f"not in the dictionary: {sorted(missing)}")
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round92", given, surnames, set())


if __name__ == "__main__":
    main(sys.argv[1])
