#!/usr/bin/env python3
"""Writes round125_first_names.txt and round125_surnames.txt, the hundred-and-twenty-fifth
round's measuring names, from the names written out below by hand: the given names and
the family names of the Buryat families (Buryatia, the Aga and Ust-Orda lands and the
Selenga, Barguzin and Tunka valleys) and of the Kalmyk families (Kalmykia and the lower
Volga), the Mongolic-speaking peoples of Russia, and the same families elsewhere. Origins
the sixth to hundred-and-twenty-fourth rounds' hand-written lists did not cover as a
list's origin (no earlier list, row or commit message names Buryatia, Ulan-Ude, the Aga,
Barguzin, Tunka or Selenga lands, Kalmykia or Elista as an origin; an earlier general
list named Buryat names, and another Kalmyk names, among many origins, and package lists
of Russian and Mongolian names were read by earlier rounds, whose names the drops read,
so they do not come back); see handwritten_round125_PROVENANCE.md.

    python3 write_round125_names.py

No package, data file or web page is read: the lists are written here. The given names
are the given names the families give, men's then women's for each people: Buddhist names
of Tibetan and Sanskrit root and Mongolic names of good omen, written as one word as the
families write them in Russian and in English (compounds such as Dashi-nima written
whole), with the women's endings (-ma, -khanda, -zhap); the surnames are the family names
the families bear, most of them an ancestor's given name with the Russian ending -ov or
-ev (-ova, -eva for women), as the families' surnames were formed. Some names are written
in two spellings the families use.

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). No surname is written that is also written as a given name here. Bare names, no
person's record and no list of anyone. Every name also on any other list of
lexicons/names/training or lexicons/names/*.txt, or an English word, is dropped by
train-pii. Measuring names only, never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

# The given names of the Buryat families, men's then women's, each written as one word.
GIVEN_BURYAT = """
Bair Bato Batozhargal Bator Bayarto Buyanto Badma Badmazhap Balzhan Balzhinima Baldan
Balzhir Banzar Bimba Bimbazhap Budazhap Budazhab Dashi Dashinima Dashidondok Dashizhap
Dashidorzho Dashieshi Dorzho Dorzhi Dondok Dugar Dugarzhap Damba Dambi Dambinima Darma
Dylgyr Garma Gombo Gombozhap Zhargal Zhamso Zhambal Zhamyan Zhigzhit Zorikto Ayur Ayusha
Aldar Amgalan Arsalan Bayaskhalan Erdem Erdeni Erdyni Lubsan Lubsanzhap Lkhasaran Munko
Munkozhargal Munkuzhargal Namsarai Namdak Norbo Radna Radnazhap Rinchin Rinchinzhap
Sambu Sandan Sanzhi Sanzhizhap Sanzhimitup Sodnom Sodbo Tsyren Tsyden Tsydyp Tsyrenzhap
Tsyrendorzhi Tsyrendashi Tsybik Tsybikzhap Tsyrempil Tsyrenzhab Tumen Tumur Chimit
Chimitdorzhi Shirab Shagdar Shagdarzhap Dondog Lodoy Lodon Purbo Solbon Sangadi Vandan
Galsan Ulzy Ulzyzhargal Ulzyto Dabaa Dabazhap Dorzhozhap Dugarzhab Gonchik Gonchikzhap
Zhalsan Zhalsanzhap Zhamsaran Zhigmit Zhimba Zhambalzhap Nanzat Nanzad Nimazhap Nimbu
Ochirzhap Oshor Ravdan Sayan Soyzhin Tsybenzhap Tsydendambi Tsyrendondok Khaidav Khorlo
Khubita Chingis Dambadugar Badmatsyren Eldorzhi Ukhinkhan Anandazhap Arya Bayanzhargal
Bulad Buyan Batomunko Batobayar Batodalai Batotsyren Dalai Dashibal Dashibalbar Delger
Dorzhipalam Zhargalsaikhan Zhambaldorzhi Mergen Munkodalai Nimadorzhi Erdemto Tsyrenzhap
Tuguldur Tuvshin Chimitdorzhi Dugarsuren Sayana Tuyana Erzhena Darima Bayarma Seseg
Sesegma Dulma Dulmazhap Tsypelma Balma Balzhima Oyuna Dolgor Dolgorma Dyzhid Dyzhidma
Khanda Khandama Surena Aryuna Zhargalma Bairma Tsyrena Irzhena Soyzhina Sarana Altana
Namzhilma Dashima Dorzhima Tsyrenma Yanzhima Zhigzhidma Rinchinma Lkhama Norzhima Ayuna
Dari Darizhap Tsytsygma Tuyaa Sarnai Saryuna Tsybzhit Galsanma Namsalma Tsyrenkhanda
Dashidulma Tunga Delgerma Ayagma Tsiregma Medegma Sesegmazhap Sayaana Dolgorzhap
Dulmazhab Erzhima Badmakhanda Bayartuya Dashitsyren Dyzhidmazhap Tsyrenkhorlo Khorlomma
Oyunchimeg Tserma Budlama Soelma Sayankhanda Zhargalmaa Tuyagma Tsyremzhit Yangzhima
Zhanna Erzhenkhan Imigma Gerelma Dyzhitma Nadima Syzhidma Baira Bayasma Aryukhan
Dashikhanda Namdagma
""".split()

# The given names of the Kalmyk families, men's then women's, each written as one word.
GIVEN_KALMYK = """
Sanal Bembya Bata Basang Boshang Bovan Dordzhi Mutul Mukhar Nimya Ochir Sangadzhi Erdni
Tseren Tsebek Utnasun Ubush Ubushi Mandzhi Lidzhi Manzhi Kichik Erentsen Arslang Sarang
Bembe Badmi Gilyandzhi Dzhangar Budzhal Galdan Dzhal Khongor Mazan Nasan Sanchir Tsagan
Chimid Mingiyan Dzhirgal Baatr Nimgir Lidzhin Bolkhi Bulgan Nominkhan Ovla Okon Churyum
Badmin Kaldin Dzhungar Sandzhi Muchkan Muchka Nohashk Ovshin Sharap Shonkhor Bitkin
Gakhan Delgir Emchi Baldr Khalzan Baira Bairta Ellya Ayana Kermen Gilyana Bulgun Saglar
Ayuka Gerel Nyudlya Amulanga Kishta Nemya Elzyata Zayana Danara Altn Tsagana Boyana
Khongorzul Dzhirgala Ilyana Ulana Dzhulya Erdnya Sarangerel Ayasha Baina Delyash Nyudlya
Teegin Sanzha Mergenya Bagsha Badmakhan
""".split()

# The family names of the Buryat families, borne as surnames.
SURNAMES_BURYAT = """
Tsydenov Tsyrenov Dorzhiev Dashiev Badmaev Batoev Batuev Baldanov Garmaev Zhambalov
Sanzhiev Ayusheev Ayushiev Bayartuev Munkuev Radnaev Rinchinov Sodnomov Dugarov Dambaev
Gombozhapov Gomboev Chimitov Erdyneev Erdineev Tsybikov Namsaraev Lubsanov Sambuev
Shirapov Dondokov Nimaev Dashinimaev Tsyrendorzhiev Budaev Banzarov Zhamsuev Aldarov
Khamaganov Sakhiev Khanturgaev Tsyrempilov Tsydypov Zhigzhitov Zoriktuev Ayurov
Amgalanov Lkhasaranov Norboev Sandanov Shagdarov Lodoev Lodonov Purboev Solbonov
Vandanov Galsanov Dabaev Gonchikov Zhalsanov Zhamsaranov Zhigmitov Zhimbeev Nanzatov
Nimbuev Oshorov Ravdanov Tsybenov Tsydendambaev Khaidapov Khorloev Khubitaev Dambiev
Bimbaev Dylgyrov Balzhinimaev Balzhirov Budazhapov Dashidondokov Dashizhapov Dugarzhapov
Dambinimaev Darmaev Zhargalov Zhamsoev Zhamyanov Erdemov Munkoev Namdakov Radnazhapov
Rinchinzhapov Sanzhizhapov Sodboev Tsyrenzhapov Tsybikzhapov Tumenov Tumurov
Shagdarzhapov Dondogov Sangadiev Ulzytuev Dorzhozhapov Dugarzhabon Gonchikzhapov
Nimazhapov Ochirov Soyzhinov Anandaev Buyantuev Batomunkuev Batodalaev Delgerov
Dorzhipalamov Mergenov Tuguldurov Dugarsurenov Khamnuev Khandarov Khankhalaev Khartaev
Khingeev Khobitov Khodoev Khoborkov Abiduev Abidueva Aiusheeva Alsaev Angaev Ardanov
Ayusheeva Babuev Badaev Badmaeva Badmatsyrenov Bakhanov Baldaev Baldanova Balzhinov
Bardaleev Barlukov Baskhaev Batorov Batueva Batozhargalov Bayanov Bazarov Bazarova
Bazaron Bimbaeva Bodoev Bolotov Boronoev Budaeva Bulatov Buraev Buryaev Buyanov
Chimitova Chimitdorzhiev Dabaeva Dagbaev Dambaeva Dampilov Dandarov Danzanov Darmaeva
Dashibalov Dashieva Dashitsyrenov Dashinimaeva Dongidov Dorzhieva Dugarova Dulmazhapova
Dylykov Erdyneeva Galsanova Garmaeva Gomboeva Gomboin Gurzhapov Khabituev Khalbaev
Khamagova Khaptaev Khazagaev Khobraev Khoruzhiev Khutakov Lubsanova Lygdenov Manzanov
Matkheev Mungonov Munkueva Namsaraeva Nimaeva Nomoev Norboeva Ochirova Olzoev Ondar
Orgodol Orgodolov Pubaev Pubueva Radnaeva Rinchinova Sambueva Sampilov Sandakov
Sangadieva Sanzhieva Sharaldaev Shoboev Sodnomova Soktoev Suranov Tabkhaev Tapkharov
Tarbaev Tsyrenova Tsydenova Tsybikova Tsyrendorzhieva Tsyrenzhapova Tudupov Tumunov
Ubeev Ukhinov Urbazaev Urbaev Yumov Zhalsanova Zhambalova Zhamsueva Zhapov Zhigzhitova
Zodboev Zhugdurov Gatapov Gyrgenov Ilyukhinov Khagdaev Khamgushkeev Khanaev Khandaev
Khartanov Matkhanov Ochirzhapov Osodoev Sambilov Shobokshonov Syrenov Taryshkeev
Togmitov Tsybenov Tsydenzhapov Tsyrendashiev Tugulov Tumunova Undrakhov Zhapova
""".split()

# The family names of the Kalmyk families, borne as surnames.
SURNAMES_KALMYK = """
Ochirov Erdniev Sangadzhiev Mandzhiev Basangov Ubushaev Mukhaev Kichikov Burulov
Dordzhiev Lidzhiev Ilyumzhinov Dzhalmaev Kekeev Manzhikov Bembeev Bovaev Boktaev
Dzhambinov Goryaev Naminov Tsebekov Utnasunov Khulkhachiev Sharaev Arashaev Badmaev
Basanov Bembinov Boldyrev Boshanov Budzhaev Chonaev Churyumov Delikov Dzhangarov
Dzhimbeev Dzhungrov Emgenov Erendzhenov Gilyandikov Kaldinov Kardonov Kashtanov Khalgaev
Khongorov Khoninov Kuldinov Lidzhieva Mandzhieva Mingiyanov Mutulov Nastinov Nimgirov
Nohaev Okonov Ovlaev Ochirova Sandzhiev Sanchirov Sarangov Shalburov Shoviev Tsagan
Tsaganov Tseren Tserenov Ubushiev Ulanov Ulyumdzhiev Utsaev Zhambinov Zulaev Adyaev
Anzhaev Arslanov Badmaeva Bakaev Balakaev Bardaev Bataev Batyrov Bembeeva Bitkeev
Boldyreva Boskhomdzhiev Bembeeva Buluchev Bursaev Dedeev Delgirov Dzhamtsaev Dzhamtsanov
Dzhivaev Emgeev Erdneeva Gakhaev Galdanov Gindeev Kalyaev Kekeeva Khaptkhaev Kichikova
Kodaev Kuberkinov Lidzhigoryaev Mandzhikov Muchkaev Mukabenov Namrueva Nimeev Ochaev
Ovshinov Pyurveev Sanchirova Sandzhieva Sangadzhieva Shonkhorov Tepkeev Tsatsaev
Tsebekova Tsedenov Tyurbeev Ubushaeva Ulanova Utnasunova
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list; no surname that is also written
# as a given name.
GIVEN = GIVEN_BURYAT + GIVEN_KALMYK
SURNAMES = [name for name in SURNAMES_BURYAT + SURNAMES_KALMYK if name not in set(GIVEN)]


def main() -> None:
    write_kept_given_and_surnames("round125", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
