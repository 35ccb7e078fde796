#!/usr/bin/env python3
"""Writes round114_first_names.txt and round114_surnames.txt, the hundred-and-fourteenth
round's measuring names, from the names written out below by hand: the given names and
family names of the Samoan families of Samoa and American Samoa (Upolu, Savaii, Tutuila and
the Manua islands) and, as a second origin, of the Tongan families of Tonga (Tongatapu,
Vavau, Haapai and Eua), and their families since in New Zealand, Australia, the United
States and abroad. Origins the sixth to hundred-and-thirteenth rounds' hand-written lists
did not cover as a list's origin (no earlier list, row or commit message names Samoa,
Upolu, Savaii, Tutuila, Manua, Apia, Tongatapu, Vavau, Haapai, Eua or Nukualofa; the
earlier lists' Samoan and Tongan names are those of one general section of the seventh
round's hand-written list, one of many origins named there, which the drops read, so its
names do not come back); see handwritten_round114_PROVENANCE.md.

    python3 write_round114_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Samoan and Tongan given names of the families, those built from Samoan and Tongan words
and the Samoan and Tongan forms of Christian names the families have borne since the
nineteenth century; the surnames are the family names the families have written since
family names were taken, most from a forebear's given name or a family title. In plain
letters, as the families write them in Latin letters most often, the glottal stop (koma,
fakaua) and the long vowel marks left out, one spelling each.

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). No surname is written that is also written as a given name here; no place name,
and no name of a god, a king or a queen, is written. Bare names, no person's record and no
list of anyone. Every name also on any other list of lexicons/names/training or
lexicons/names/*.txt, or an English word, is dropped by train-pii. Measuring names only,
never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

# The Samoan given names.
GIVEN_SAMOAN = """
Sione Ioane Iosefa Tavita Penitito Paulo Petelo Mikaele Falaniko Aukusitino Ioelu Isaako
Lafaele Lusia Losa Sina Lagi Alofa Fetu Fiafia Manaia Tasi Faafetai Faalogo Lupe Malu Mose
Sefo Aleki Alesana Aperaamo Atonio Aukuso Elia Eti Falani Feagaiga Fili Filipo Iakopo Iese
Ieremia Iona Isaia Iulio Kalolo Kilisimasi Kolio Laki Lemi Lino Loto Maka Malaki Matagi
Mataio Matiu Misipati Nofoaiga Pati Peni Pepe Pili Pio Sale Salesa Samasoni Samuelu Sanele
Saulo Siaosi Siaki Sitani Taavale Tafa Taito Talataina Tanielu Taua Teleso Timoteo Toa Toma
Tomasi Uele Uili Viliamu Alofaaga Amelia Aneta Apolonia Eleni Elisapeta Emeli Fuatino Ioana
Lagimaina Laina Lealofi Lina Lose Losana Losaline Lupelele Malaemie Malama Masina Matalena
Meleane Saina Salote Sapina Seini Selesitina Sieni Silila Siueni Tala Teuila Toaiva Ula
Vaosa Faaalofa Faamanatu Faamoemoe Faatasi Fealofani Galu Lalelei Lemoana Lesieli Lima Malae
Manuele Masaga Mauli Moli Ola Olataga Poto Saufua Sauni Soifua Suesue Taimane Talosaga
Tauiliili Tuiloma Upu Vaifou Faaolataga Faamanu Fetuao Fetuolemoana Fuaitino Leiloa Lemalie
Lenatai Letalu Lupematasila Matauaina Mafutaga Manuia Manumalo Moana Naea Nofo Paepae Pouesi
Sefulu Sinataeolo Sinalei Taualofa Tausala Tuiasina Uilisone Ulu Vaelua Vaifale Ioelo Ieti
Iopu Ilaisa Ionatana Iosua Kaino Kuki Leiataualesa Liua Losefa Luteru Maselino Niko Palemia
Pasene Pasi Pesamino Ropati Saimoni Sakaria Semu Sepetemeli Siua Suafa Tafili Taliu Tasele
Taufaasau Tiso Tuitui Uelese Vaitogi Asenaca Faaea Fagalima Fiso Fuafiva Gafatasi Iuliana
Lagiloa Lealaolao Lemau Loimata Luafalemana Maiava Malaetele Mataalii Mele Moefaauo Pelenise
Pualele Saluafata Sinaitaaga Tagi Tinai Tuaoi Tusitala Vaitulu
""".split()

# The Tongan given names.
GIVEN_TONGAN = """
Siosaia Semisi Tevita Viliami Sitiveni Sateki Saia Soane Sosaia Uasi Vaea Lisiate Manase
Finau Fatai Heilala Kalolaine Kaufana Lavinia Leveni Luseane Malakai Mateaki Ofa Ofaloto
Anau Akanesi Anaseini Fekitoa Hala Heamasi Kautai Kalisitiane Kisione Latai Lupeti Mafi
Masiu Mosese Nau Nanasi Penisimani Salesi Samisoni Saane Sefita Sela Semesi Siale Sialeipata
Siosiua Siotame Sifa Soakai Sunia Taniela Telesia Uikelotu Ulakai Vailea Vika Vitolia
Ilaisaane Kolini Kaloni Kilisitina Mesake Nasili Ongosia Saimone Taufui Uinise Fuka Fine
Fusi Haloti Hingano Isileli Iunisi Loseli Mateo Melenaite Mosesi Neomai Paea Palu Pauliasi
Pilimisi Sakopo Salome Sangato Selu Sepi Sesilia Sisilia Suli Tai Talia Tauaika Tavake Teisa
Tonga Tuipulu Uatahoa Veisinia Vilisoni Alisi Alipate Asaeli Ekelesia Eseta Fakaola Falakika
Fifaleti Fotu Hufanga Ifalemi Inoke Kaveinga Kelesi Kiakau Kulupi Lolo Lopeti Lusitania
Mafua Makelesi Meleseini Mounga Nisi Ofeina Onetoto Pisila Polutele Taina Taufa Tupou Ualesi
Veuki Lutoviko Manu Ana Ateca Fifita Fonua Kalo
""".split()

# The Samoan family names.
SURNAMES_SAMOAN = """
Tuilagi Leota Faleolo Fuimaono Sapolu Tuiasosopo Leiataua Faleafaga Toleafoa Seiuli Aiono
Amituanai Afamasaga Anoai Fanene Fealofai Fonoti Galuvao Lauina Leaupepe Leavasa Leilua
Lemalu Lesa Letoa Lutu Meleisea Salavea Salanoa Sataua Seumalo Soliai Sopoaga Taase Tafuna
Talamaivao Tautala Tuimavave Tuiolosega Tuitele Tuaolo Tupuola Uiagalelei Unasa Vaeao Vaai
Vaoga Aumua Aiolupotea Alapati Alofaituli Amosa Asiata Atoa Aufai Eteuati Faamausili Faatau
Faasavalu Fatialofa Fepuleai Fesolai Fetui Fuataga Galumalemana Iupeli Lafaialii Laulu
Lealaiauloto Leapai Lefiti Lemusu Leoso Letuligasenoa Liufau Lologa Luamanu Mailo Masoe
Matautia Mulitalo Paselio Pauga Pelesasa Penitani Peteru Polataivao Saena Sagapolutele
Salaivao Saleapaga Salevao Sanerivi Saufoi Savea Semau Taetuna Taliaoa Tamapua Tanuvasa
Tapusoa Tauaa Taulapapa Tiatia Toala Toomalatai Tualaulelei Tuia Tunupopo Tupai Ulugia
Uluilelata Vaovasa Vailuu Vaitai Vaotuua Afoa Ainuu Alaimalo Aloaina Amituana Apelu Atiga
Autagavaia Avei Ete Faafiu Faaiuaso Faamasino Fiaui Fuga Fuifui Iamafana Ioasa Laupola Lavea
Leituala Lemanu Leulua Leupolu Lilomaiava Lomiga Lui Luatua Mageo Matagiese Maugatai Moananu
Muliaga Patu Pouono Poutoa Saaga Saelua Sala Salima Samani Seinafo Sialaoa Sio Suluape Taaga
Taefu Tamaalii Tapuai Taumoli Tavai Toomata Tuimaseve Tuitama Tulifua Uitime Ulufale Vaelei
Vaimaona Vui Faamoe Lealao Laumatia Aoelua Fonoimoana Leatigaga Mauai Pulu Sagaga
Tuiletufuga
""".split()

# The Tongan family names.
SURNAMES_TONGAN = """
Latu Havili Kioa Mahe Moala Funaki Vainikolo Taumalolo Kaufusi Lolohea Taumoepeau Tuipulotu
Vaipulu Fakatava Fusitua Helu Hopoate Kata Kupu Lavulo Lokotui Naufahu Otai Palelei Piutau
Sika Taione Tangitau Tapueluelu Taufahema Tuakalau Tuita Tukuafu Tuikolovatu Tupouniua
Ulufonua Vaka Vake Vea Veikune Veamatahau Vakasiuola Faleafa Falepapalangi Fakatou Fakaosi
Folau Fotofili Halaholo Havea Heimuli Hehea Kauvaka Koloamatangi Langi Leha Mahoni
Moengangongo Motuliki Mone Paongo Puloka Sikalu Taufatofua Taukolo Tauelangi Tongamoa
Vaipuna Vimahi Ahio Aholelei Akauola Aleamotua Fakalata Filiai Fonohema Kaitapu Kakala
Kanongataa Kaufononga Kavapalu Kepu Lataimaumi Liavaa Lutui Mapa Moimoi Pahulu Pale Pasikala
Piukala Sau Taumoefolau Tiueti Tuivai Tuku Uata Vaikona Vakalahi Veituna Folaumahina Hafoka
Hausia Hopoi Katoa Kautoke Kefu Kivalu Kolo Lemoto Loumoli Mafileo Manuopangai Ngalu
Ofahengaue Pomale Salakielu Tatafu Teu Tuimoala Tupola Uasike Vaki Vunipola Vehikite Fakauho
Faletau Fineanganofo Fisiihoi Fungavaka Haangana Kaifoto Kaumavae Koloi Lomu Lotaki Lualala
Mateialona Moa Ongolea Otuhouma Paasi Pele Pouvalu Sitanilei Tahitua Taufaeteau Tauhalaliku
Tuifua Tuilotolava Tupouota Veatupu Fuko Fehoko Feao Fisilau Hola Latavao Maile
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames(
        "round114", GIVEN_SAMOAN + GIVEN_TONGAN, SURNAMES_SAMOAN + SURNAMES_TONGAN, NOT_NAMES
    )


if __name__ == "__main__":
    main()
