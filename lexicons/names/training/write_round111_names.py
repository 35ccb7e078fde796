#!/usr/bin/env python3
"""Writes round111_first_names.txt and round111_surnames.txt, the hundred-and-eleventh
round's measuring names, from the names written out below by hand: the given names and
surnames (marga, merga) of the Batak families of North Sumatra (the Toba, Karo,
Simalungun, Pakpak, Angkola and Mandailing Batak: Tapanuli, Samosir and Lake Toba, the Karo
highlands, Pematangsiantar, Dairi and Sidikalang, Padangsidempuan), and their families
since in Medan, Jakarta and abroad. An origin the sixth to hundred-and-tenth rounds'
hand-written lists did not cover as a list's origin (no earlier list, row or commit
message names the Toba, Karo, Simalungun, Pakpak, Angkola or Mandailing Batak, Tapanuli,
Samosir or Lake Toba; the earlier lists' Batak names are those of a general section of the
eighth round's hand-written list, one of many origins named there, which the drops read, so
its names do not come back); see handwritten_round111_PROVENANCE.md.

    python3 write_round111_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Batak given names of the families (Tigor, Poltak, Hotman, Parlindungan, Rumondang,
Tiurma, Sondang), many of them built from Batak words of hope and blessing (hot-, lam-,
tiur-, -uli, -tua: Hotmauli, Lamtiur, Martua), as the families give them beside the
Christian and Indonesian given names, which the drops mostly remove; the surnames are the
marga (Toba, Simalungun, Pakpak, Angkola and Mandailing) and the merga and their branches
(Karo) the families write as their surnames (Simanjuntak, Sembiring, Meliala, Sinulingga,
Damanik, Berutu). In plain letters, as the families write them in Latin letters, one
spelling each, a branch's name written as one word where the families write it so.

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

# The Batak given names.
GIVEN = """
Poltak Tigor Togar Bonar Martua Halomoan Parlindungan Hotman Tumpal Binsar Sahat Mangasi
Marulam Maruli Monang Parulian Pardamean Mangara Mangatas Manaek Marihot Martogi Gomgom
Jonggi Ronggur Saut Torang Tongam Hasudungan Hasiholan Parningotan Pangondian Panusunan
Pangihutan Hotmatua Hotlan Bistok Lamhot Lambok Sihar Ramot Rajamin Robinsar Sabam Togu
Tohap Tunggul Hotber Hotasi Horas Hasoloan Mangihut Managam Marojahan Mangapul Mangaraja
Marudut Maradu Oloan Pardomuan Parsaoran Partogi Partahi Paruhum Patar Pinondang Ranto
Sarmanto Sintong Tambos Tiopan Tonggo Torop Tumbur Hamonangan Hasian Haposan Hiras
Horasman Humala Jonner Marolop Marnaek Maringan Pahala Palti Panogu Parasian Parmonangan
Pangidoan Parluhutan Pargaulan Sahala Sudung Sumurung Tagor Tahan Lintong Mangatur
Manahan Batara Bonatua Doli Hulman Jahoras Lasro Lamsar Manogang Mangiring Marhusa
Marsahala Ojak Pandapotan Paian Panangian Pangarapan Parhorasan Parsaulian Porman Rapolo
Tanggor Tohom Torkis Ucok Uliate Tumpak Binahar Gokasi Gokma Halasan Hotdiman Hotnaek
Hotmangasi Hotmaruli Hotbonar Lamhotma Lamria Lamtiar Lamsihar Lamtiur Lamtiurma
Rumondang Sondang Lasma Tiurma Hotnida Hotmaida Hotmaria Nurmaida Rotua Sarma Sarmauli
Taruli Tiominar Tionur Hotmauli Tiurmauli Lumongga Marsaulina Tiurlan Tarida Romauli
Rosmauli Hotmarida Hotmarina Mauli Maulina Nauli Rumiris Rumintang Rondang Masta Mastiur
Masniari Masdiana Tiarma Duma Dumaria Dumasari Ronauli Rotiur Romasta Romaida Romaito
Hotmian Hotlina Hotmida Tiomina Tioma Rusmauli Normauli Pintauli Lasria Lasmaida
Lasmaria Ramida Ramauli Riama Riris Rismauli Saurma Gokmaria Hasiana Tumiar Tumiur
Tiurida Tiurmaida Sarmaida Sarmina Hotnauli Dameria Damaris Damauli Dorma Dormaida
Dormauli Ganda Lamsiang Lasmauli Lasmarida Lintongan Marnala Marintan Masnauli Masmida
Masria Masrida Masrauli Meirina Melva Minar Minarni Mindo Mindoria Nursinta Nurtiar
Nurhasni Nurmauli Pesta Pestaria Pestauli Pinta Pintaria Rasmida Rasmina Rastiur Risma
Rismaida Rispa Rohana Romian Romina Rondauli Rosmaida Rosmina Rosria Rosta Rostiur
Ruminda Rumina Sabaria Sabarina Sahatni Sahatma Saria Sariaman Sarmi Sauria Sinur
Taruliana Tiarni Tiomaria Tiorida Uliana Mawarni Hotria Lamsauli Malem Ukur Terang
Tersek Terkelin Rasmi Perdana Rudang Ersada Erlina Jelita Haomasan Hatorangan Sahatuan
Martahan Marsinta Marsondang Paruhuman Pintor Saurdot Saurlin Tohonan Managor Naek Tiur
Uli Unggul Luhut Ruhut Saor Junimart Trimedya Maruarar Hinca Bungaran Bonaran Pontas
Bonardo Diapari Adian Judika Gurgur Marsiaman Dapot Mangaranap Sotarduga Matogu Sorta
Sortaria Ondang Hisar Burju Sihol Siholan
""".split()

# The Batak marga and merga and their branches, written as surnames.
SURNAMES = """
Simanjuntak Siregar Sitompul Hutagalung Panjaitan Pardede Silalahi Sinaga Situmorang
Simatupang Sihombing Manurung Pasaribu Siahaan Sianipar Hutapea Tambunan Napitupulu
Simbolon Sitorus Tampubolon Lumbantobing Hutabarat Marpaung Nainggolan Simamora Sagala
Simarmata Sidabutar Sijabat Sidauruk Rumahorbo Gultom Samosir Pakpahan Sibarani Sirait
Butarbutar Aritonang Rajagukguk Hutasoit Sihotang Simanullang Hutauruk Simorangkir
Lumbanraja Lumbangaol Sinambela Pangaribuan Sitanggang Manullang Sihite Simangunsong
Marbun Banjarnahor Lumbanbatu Nababan Sihaloho Situngkir Sinurat Gurning Simalango
Manalu Sigalingging Siburian Simaremare Limbong Malau Ambarita Turnip Sidabalok Naibaho
Sitinjak Hutajulu Togatorop Pardosi Sihole Sipahutar Sianturi Sibagariang Hutagaol
Silaban Simanjorang Nadeak Sitohang Sigiro Parhusip Lumbantoruan Hutahaean Hutasuhut
Siringoringo Sidabungke Sihaan Simanungkalit Manik Sirumapea Situmeang Lubis Harahap
Nasution Hasibuan Pohan Rangkuti Daulay Batubara Dalimunthe Pulungan Ritonga Matondang
Parinduri Rambe Siagian Tanjung Lintang Pane Dongoran Gurusinga Purba Saragih Damanik
Girsang Sipayung Tambunsaribu Dasuha Sumbayak Garingging Haloho Sidadolog Manihuruk
Munthe Sembiring Ginting Tarigan Sitepu Barus Surbakti Ketaren Kacaribu Sinukaban
Sinuraya Kaban Bangun Sebayang Pinem Sinulingga Meliala Pelawi Brahmana Colia Depari
Pandia Keloko Muham Gurukinayan Tekang Kembaren Sinupayung Sinulaki Pandebayang Bunuhaji
Sukatendel Kacinambun Namohaji Benjerang Perbesi Pencawan Sinuhaji Sibero Gerneng
Silangit Tambak Jampang Tambun Tendang Bondong Jadibata Capah Garamata Jawak Pase
Sinusinga Seragih Tumangger Gurupatih Ajartambun Berutu Bancin Boangmanalu Cibro Solin
Tinambunan Kudadiri Angkat Kabeakan Lembeng Sinamo Sitakar Banurea Padang Ujung Pasi
Sambo Lingga Harianja Lumbanpea Silitonga Hutabalian Sibuea Panggabean Tobing Naipospos
Sidebang Sormin Tamba Sitio Saing Rumapea Pandiangan Sidari Siallagan Nadapdap Tumanggor
Nahampun Siadari Simanihuruk Barutu Lumbantungkup Hasugian Sarumpaet Matanari Siboro
Tinendung Kombih Berasa Pinayungan Sidiangkat Anakampun Berampu Maha Meka Silaen Aruan
Sitopu Sidasuha Jung Samura Bukit Kemit Tegur Gana Pekan Gersang Mano Uwir Suka Babo
Beras Keling Busuk Kapitan Berahmana Ompusunggu Simandalahi Bonor Saruksuk Tarihoran
Napitu Barimbing Rumasondi Sinabutar Sinabariba Pintubatu Doloksaribu Rumasingap Sondi
Hutatoruan Debataraja Lumbannahor Suhutnihuta Batuara Lumbansiantar Pusuk Buaton Nahulae
Silo Lipan Upar Gusar Turutan Sileang Boltok Sekali Sugihen Tugur Keliat Laksa
Singarimbun Ulunjandi Sinukapor Torong Bako Gajah Saraan Brampu Kaloko Malayu Rih Usang
Bariba Sola Karai Tomok Simaringga Dajawak Dasalak Damunthe Tondang Sihala Porti
Sidahapintu Dadihoyong Sidagambir Sidahalolo
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round111", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
