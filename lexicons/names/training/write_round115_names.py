#!/usr/bin/env python3
"""Writes round115_first_names.txt and round115_surnames.txt, the hundred-and-fifteenth
round's measuring names, from the names written out below by hand: the given names and
family names of the Maori families of Aotearoa New Zealand (the Ngapuhi of Te Tai Tokerau,
the Tainui peoples of the Waikato, Te Arawa of Rotorua, Tuhoe of Te Urewera, Ngati Porou
of the East Coast, Ngati Kahungunu, the peoples of Taranaki and the Whanganui river, and
Ngai Tahu of Te Waipounamu), and their families since in Australia and abroad. An origin
the sixth to hundred-and-fourteenth rounds' hand-written lists did not cover as a list's
origin (no earlier list, row or commit message names Aotearoa, Ngapuhi, Tainui, Waikato,
Te Arawa, Rotorua, Tuhoe, Ngati Porou, Kahungunu, Taranaki, Whanganui or Ngai Tahu; the
earlier lists' Maori names are those of one general section of the seventh round's
hand-written list, one of many origins named there, which the drops read, so its names do
not come back; the Cook Islands Maori of the twelfth round's list are another people); see
handwritten_round115_PROVENANCE.md.

    python3 write_round115_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Maori given names of the families, those built from Maori words and the Maori forms of
Christian and English names the families have borne since the nineteenth century; the
surnames are the family names the families have written since family names were taken,
most from a forebear's given name (often a forebear's Maori or Maori-form name) or a name
borne in a family line. In plain letters, as the families most often write them, the long
vowel marks (macrons) left out, one spelling each; names written with a particle as a word
of their own are not written.

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). No surname is written that is also written as a given name here; no place name,
and no name of a god, an atua, a king or a queen, is written. Bare names, no person's record
and no list of anyone. Every name also on any other list of lexicons/names/training or
lexicons/names/*.txt, or an English word, is dropped by train-pii. Measuring names only,
never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

# The men's given names: Maori forms of Christian and English names, then names from Maori
# words.
GIVEN_MEN = """
Anaru Aperahama Arapeta Eruera Erueti Haami Hamiora Hamuera Hare Hemi Henare Heremaia
Hirini Hoani Hohepa Hone Hori Iharaira Ihaia Iraia Hakopa Himiona Hapakuku Ihimaera Maika
Matiu Mikaere Mohi Paora Patariki Penehamine Petera Piripi Pita Raniera Rawiri Renata Rewi
Rihari Tamati Tiemi Timoti Tipene Toma Wiremu Wiri Tieki Hoera Hopa Ruka Taare Teoti Hari
Heemi Panapa Rapata Temuera Timi Kereopa Nopera Rutene Hemiona Aparahama Epeniha Ereatara
Hamapiri Hohua Honatana Horopapera Hurae Iwikatea Karepa Kawhena Mataiahu Meihana Mikaera
Nepe Netana Nikorima Parakaia Pateriki Penetito Rakapa Rapaera Rehana Reweti Rupene Tamarau
Tapeta Tiopira Tuwhakairiora Wetere Whakarongo Wirihana Hakaraia Hamene Heta Hira Horima
Hoterene Inia Kapene Kohi Manahi Maraki Mihaka Mita Neri Paratene Peka
Poihipi Raharuhi Reupena Riwai Tuhoro Urukeha Werahiko Kahu Kauri Manaaki Nikau
Rangi Rua Tama Whetu Wairangi Tai Kaha Awatea Hautahi Mauri Manawa Matai Ngakau Pou Tautoko
Tumanako Tiwana Taika Rewa Tamahau Rawhiti Whaiora Hemara Hiwirori Kaihautu
Karaka Kereti Maanu Mahuika Manuhiri Matiaha Ngahau Ngatai Paiaka Pokaitara Rahui
Rangiaho Rangimoana Rongomai Ruatara Takerangi Tamaiwaho Tamakehu Tangiwai
Tawhana Tiaki Tihirangi Tukino Tumoana Waaka Wahieroa Whaanga
Whakaue Whareaitu Wharehuia Whatarangi Wheturangi Aoterangi Hikitia Hoturoa Kapua Kiingi
Koataki Mahanga Maia Manu Mokai Moki Ngarangi Parekura Pukepuke Rangikotuku
Ropiha Taipari Takutai Tamatekapua Tawera Tipene Tukaroto Tupaea Wahanui Whiti
""".split()

# The women's given names: Maori forms of Christian and English names, then names from
# Maori words.
GIVEN_WOMEN = """
Anahera Ani Arihia Hana Harata Hera Heni Hiria Irihapeti Kararaina Karena Katarina Keita
Kuini Makareta Maraea Mere Mereana Merehira Meri Miriama Pirihira Rahera Raiha Ripeka Riria
Ruihi Ruiha Wikitoria Hoana Huhana Hariata Erana Maata Matire Merepeka Peti Tereina Tiria
Hiraina Ropina Airini Heeni Katerina Kataraina Marata Oriwa Peata Turuhira Amiria Areta Rawinia Parekawhia
Emere Ema Ereni Hinemoa Kiriwera Mareta Mata Meere Mihiteria Perema Rakera
Raihania Ruta Terehia Wini Aroha Ataahua Atawhai Awhina Hine Hinerangi Hinewai Huia
Kahurangi Kiri Kiriana Mahina Marama Moana Ngahuia Ngaio Ngaire Ngaroma Ngawai Paea Pania
Parewai Pare Rangimarie Rehutai Roimata Tia Tui Waimarie Reremoana Tangimoana Mihi
Mihiata Ngapaki Marewa Maioha Hinemaia Hinetu Pounamu Raukura Waiata Kirimoana Mareikura
Ngamihi Pareraukawa Paretipua Pareake Ramari Rangiwai Tiahuia Tipare Titihuia Tuhi Hinemihi
Kahukura Kaiora Kiritapu Ngaiere Paewhenua Taini Waitohi Aorangi Aomarama Ataria Hinemaru
Ariana Hinekura Hineroa Huriana Kaea Kahiwa Kahuwaiora Keriata Kirituia Kohine Mahora
Makerita Mihinui Mohini Ngahiwi Ngaio Ngareta Ngarongo Ngatai Ngawaiata Ohorere
Paranihia Parekowhai Parehuia Puhi Purewa Rahiri Rangiuia Rawiria Rerehau Rewita
Tamaora Tamara Tauhoa Tawhiwhi Tiaho Tiarewa Tiraha Tiripa Tuhiwai Tuiana Waiora
Wairangi Wetekia Whaitiri Wharerangi Whetumarama Wikuki Ahorangi Aperira Hareta Heneriata
Herena Hinewehi Houkura Irimana Kahui Kahutia Kararaina Katerina Maringi Matehaere Merata
Miriata Morehu Ngahinatura Ngaroimata Pareaute Parerohi Patuhi Rangikura Ruhia Rukuwai
Tamihana Tarena Tiweka Waipuna Whakaora
""".split()

# The family names.
SURNAMES = """
Ngata Pomare Parata Harawira Mahuta Rangihau Rangitauira Turei Wihongi Ruru Nepia Heke
Kawiti Potae Paewai Tautahi Ranginui Rikihana Poutama Ratana Tahana Waititi Mitai Ngarimu
Ngawati Pohatu Takerei Tangaere Tapiata Tarawhiti Taurima Tipoki Tohiariki Tomoana Tukukino
Tumahai Tupara Turoa Waretini Wharekura Wharepapa Whatuira Winiata Witana Hapeta Haronga
Hetaraka Hikuroa Hiroti Houkamau Huata Kapa Katene Kemara Kerehoma Koopu Kupenga Makiha
Mangu Mauriri Moeke Morunga Ngamoki Ngapo Ngaropo Ngawhika Ngatoro Otene Paku Parahi Parore
Pokai Potiki Poananga Pouwhare Raerino Rapana Rauwhero Rewiti Ruatapu Takarangi Tahere
Tahuri Tamepo Tangitu Tarei Taueki Tawhai Tihema Timutimu Titoko Tuhakaraina Tuhua
Tumai Tupe Wairama Waitoa Wano Whakarau Wharerau Whiu Wihapi Wikaira Hohaia Kereama Mokena
Paraone Ihaka Kingi Matenga Paki Nikora Kerei Keepa Horomona Karaitiana Apanui Aranui
Awatere Haenga Haereroa Hakiwai Harema Hauiti Hawea Herewini Hinaki Hiwi Hoete Hona Horua
Hunia Hura Iwikau Kaihau Kaiwai Kanara Kaumoana Kerehi Kiriona Kohere Kopua Korewha Kupa
Maihi Makoare Marumaru Matahiki Mataira Matara Mauparaoa Mihaere Moetara Ngahina
Ngaheu Ngatuere Ohia Otimi Paenga Pahau Peeti Pehi Pewhairangi Pitama Poharama
Pokere Poutapu Puketapu Rakena Rangiuira Rapihana Reihana Ririnui Rurawhe Tahiwi
Takuira Tamanui Tamarapa Tangiora Tapara Tarau Tataurangi Tiakiwai Titore Toataua Toheriri
Toroa Tuake Tuhaka Tuhimata Tumarae Tutaki Tutara Tuuta Uerata Waapu Waitere Waiwai
Whaipooti Wharehinga Wharewera Whatarau Whitiwhiti Wiapo Aperaniko Eparaima Hapi Hautapu
Heperi Himona Hokopaura Horomia Hotene Huirama Kaiwhata Karauria Katipa Kauika
Kawhe Kereru Keremete Kiwara Kotua Mahupuku Maipi Makene
Marino Mete Moihi Nahi Nehua Ngaia Ngamane Ngaruhe
Ngatuere Niania Nukunuku Otaraua Pakau Pakinga Parani Pareanga
Pata Patuwai Paurini Pene Pera Peri Pihama Pirini Poka Pomana Poutu Ranapia Rangiawha
Rauhihi Raupita Rerekura Reti Rihia Rika Ruakere Rupuha Tahau Taiapa Takao
Takoko Tamaiparea Tamatea Tame Tanirau Tapine Tareha Taukamo Taungapeau Tawhara
Tiatoa Tirikatene Tomoana Tupene Tutua Uru Wainohu
Waretini Wharemate Whataapuaka
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names, men's and women's in one list.
GIVEN = GIVEN_MEN + GIVEN_WOMEN


def main() -> None:
    write_kept_given_and_surnames("round115", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
