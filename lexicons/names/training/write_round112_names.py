#!/usr/bin/env python3
"""Writes round112_first_names.txt and round112_surnames.txt, the hundred-and-twelfth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Mizo families of Mizoram (the Lusei, Hmar, Lai and Mara families of
Aizawl, Lunglei, Champhai, Serchhip and Kolasib, the old Lushai Hills), and, as a second
origin, of the Meitei (Meetei) families of the Imphal valley (Imphal, Thoubal, Bishnupur
and Kakching), and their families since in Shillong, Guwahati, Delhi and abroad. Origins
the sixth to hundred-and-eleventh rounds' hand-written lists did not cover as a list's
origin (no earlier list, row or commit message names Mizoram, Aizawl, Lunglei, Champhai,
Serchhip, Kolasib, the Lushai or Lusei, the Hmar, the Meetei, Manipuri families, Imphal,
Thoubal, Bishnupur or Kakching; the earlier lists' Mizo and Meitei names are those of one
general section of the ninth round's hand-written list, one of many origins named there,
which the drops read, so its names do not come back); see handwritten_round112_PROVENANCE.md.

    python3 write_round112_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Mizo given names of the families, built as the families build them from Mizo words
(lal-, zo-, vanlal-, malsawm-, rin-, rem-, biak-, hming-, thang-, nun-, muan-), a man's in
-a (-puia, -zuala, -thanga, -liana, -mawia, -sanga, -kima, -tluanga), a woman's in -i
(-puii, -zuali, -sangi, -mawii, -tluangi), and their short forms, and the Meitei given
names of the families (Ibo-, Ibe-, Tomba, Sana-, Thoi-, Ngan-, Chaoba); the surnames are
the Mizo, Hmar and Lai clan and sub-clan names the families write as surnames and the
Meitei yumnak (family names, most in -bam, -jam, -them, -mayum, -pam). In plain letters,
as the families write them in Latin letters, one spelling each.

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

# The Mizo given names.
GIVEN_MIZO = """
Lalthanzuala Lalduhoma Lalrinawma Lalhmingliana Lalbiakzuala Lalremsiama Lalrinchhana
Zothanzama Lalnunmawia Lalrampana Lalchhandama Lalsawma Lalmuanpuia Vanlalhruaia
Lalhriatpuia Lalengmawia Malsawmtluanga Lalmalsawma Lalawmpuia Laldinpuia Lalfakzuala
Lalrinzuala Lalruatkima Lalsangzuala Lalthlamuana Lalvenhima Lalremruati Zothanpuii
Lalthlamuani Lalhmingsangi Lalnunsiami Malsawmi Vanlalruati Lalbiakdiki Lalramdinpuii
Lalhriatpuii Zodinpuii Laldinpuii Lalrindiki Lalmuanpuii Mapuia Mahmuaka Tetea Ruata Thanga
Zuala Hmingi Mahriati Lalnghinglova Rosangliana Vanlalzawma Lalbiakthanga Zonunmawia
Remruatpuia Lalropuia Lalchhuanawma Lalpekhlua Lalrindika Lallianzuala Zohmingliana
Lalruatthara Vanlalruatfela Lalthathanga Lalchungnunga Lalhmangaihzuala Lalrinfela
Lalremsanga Lalhruaitluanga Lalnunpuia Lalnuntluanga Lalramchullova Lalrintluanga Zonunsanga
Zoramsanga Zoramchhana Zorinsanga Zothansanga Zothanmawia Zosangliana Zodinliana Zothangpuia
Zorammawia Zoliansanga Zonunfela Zoramthari Zonunsangi Zothansangi Zodinsangi
Vanlalhmangaiha Vanlalchhuanga Vanlalhriata Vanlalremruata Vanlalthlana Vanlaldika
Vanlalsawma Vanlalngheta Vanlalvena Vanlalpeka Vanlalthanga Vanlalhmuaka Vanlalrinawma
Vanlaltluanga Vanlalhriati Vanlalremi Vanlalthangi Vanlalhmangaihi Vanlalpeki Vanlalrinpuii
Vanlalsawmi Malsawmdawngliana Malsawmkima Malsawmzuala Malsawmsanga Malsawmliana
Malsawmthanga Malsawmtluangi Malsawmzuali Malsawmdiki Malsawmpuii Rinawma Rinpuia Rinsanga
Rinzuala Rinkima Rintluanga Rinpuii Rinsangi Rinzuali Rindiki Remruata Remsanga Remthanga
Remliana Remtluanga Remkima Remruati Remsangi Remtluangi Rempuii Biakzuala Biaktluanga
Biakchungnunga Biakthansanga Biakdiki Biakmawii Biaksangi Hmingthanzuala Hmingthansanga
Hmingsanga Hmingliana Hmingtea Hmingthanpuii Hmingsangi Thangzuala Thangmawia Thangliana
Thangsanga Thangkima Thangtea Thangpuii Thangsangi Thanzuali Sangzuala Sangliana Sangkima
Sangtea Sangpuii Sangmawii Muanpuia Muansanga Muanthanga Muanpuii Muansangi Nunpuia Nunmawia
Nunsanga Nunzuala Nunkima Nuntluanga Nunpuii Nunsiami Nunthari Dinpuia Dinzuala Dintluanga
Dinsanga Dinpuii Dinsangi Dintluangi Duhsanga Duhkima Duhzuala Duhpuii Ngurliana Ngurthanga
Ngursanga Ngurtea Ngurzuali Hriatpuia Hriatzuala Hriatkima Hriatpuii Hriatsangi Ruatpuia
Ruatsanga Ruatkima Ruatfela Ruatpuii Ruatfeli Engmawia Engzuala Engpuii Chhuanawma
Chhuanliana Chhuanpuii Puia Zama Hruaia Mawia Tluanga Dika Fela Pekhlua Kimi Zuali Sangi
Puii Mawii Feli Tluangi Dini Siami Hriati Ngaihi Remi Mapuii Apuia Apuii Zoremi Zomuani
Zonuni Zothani Zohmingi Lalhmingi Lalremi Lalrini Lalnuni Lalzuali Lalhriati Lalfeli Lalengi
Lalbiaki Lalmuani Laltei Biakliana Laltanpuia Laltlanzova Lalzarzova Laldingliana
Laldinsanga Laldintluanga Laltlanthanga Lalzahawma Lalsiamkima Lalchhanhima Lalchawimawia
Lalrammawia Lalramhluna Lalhmachhuana Lalbiakmawia Lalbiaksanga Lalbiaktluanga Lalnunzira
Lalnunthara Lalzirliana Lalmuansanga Lalngaihsaka Lalthansanga Lalthanpuia Lalhlimpuia
Lalrosanga Lalruatsanga
""".split()

# The Meitei given names.
GIVEN_MEITEI = """
Tomba Ibomcha Sanatombi Bembem Ibobi Ibochouba Ibungo Ibohal Tombi Ibemhal Thoibi Memcha
Sanajaoba Chaoba Ibotombi Naoba Nganba Ibeyaima Ibemcha Ibetombi Ibemma Tombisana Sanahal
Sanatomba Sanayaima Thoiba Tombiraj Ibochaoba Iboyaima Ibochou Chinglen Chinglensana
Thoibisana Chaobi Chaorenba Yaima Yaiphaba Yaiphabi Leima Leimarel Ngambi Nganbi Nganthoi
Nganthoibi Sanathoi Sanathoibi Linthoi Linthoingambi Thoinu Bidyarani Memthoi Mangal Mangi
Ibeni Ibeton Bijenti Bino Tampha Tamphasana Naobi Sanjenbi Sorojini Premlata Bebeto Tamphaba
Chingkheinganba Khomdonbi Ningthemcha Sanaba Sanamacha Nongthonba Angoubi Lembi Lembisana
Iboton
""".split()

# The Mizo, Hmar and Lai clan and sub-clan names, written as surnames.
SURNAMES_MIZO = """
Sailo Zadeng Thangluah Rivung Rokhum Pallian Chenkual Chhakchhuak Chawngthu Chhangte Hauhnar
Hrahsel Khiangte Ngente Pachuau Renthlei Tlau Vanchhawng Ralte Darlong Fanai Khawlhring
Varte Tochhawng Colney Hnamte Bawitlung Chawhte Hualngo Punte Sungte Faihriem Lungtau Thiek
Khawbung Infimate Ngurte Pakhuong Darngawn Hrangkhol Leiri Neihsial Pudaite Sellate Zote
Songate Hrangchal Joute Hlawncheu Chinzah Khenglawt Zathang Hlychho Hnialum Kawlni Pautu
Vangchhia
""".split()

# The Meitei yumnak (family names).
SURNAMES_MEITEI = """
Akoijam Angom Asem Chingakham Chongtham Elangbam Haobam Heisnam Hijam Huidrom Irengbam
Kangjam Keisham Khangembam Khumanthem Khundrakpam Kshetrimayum Laishram Leishangthem
Loitongbam Maibam Moirangthem Mutum Naorem Ningthoujam Ningombam Oinam Pukhrambam Salam
Sanasam Sapam Sorokhaibam Takhellambam Thangjam Thokchom Thounaojam Wahengbam Wangkhem
Yengkhom Yumnam Athokpam Ayekpam Chabungbam Gurumayum Hajarimayum Hanjabam Heikrujam
Hidangmayum Hodam Kabrabam Kangabam Khagokpam Khaidem Khoirom Khomdram Khumukcham Konsam
Kongbrailatpam Konthoujam Lairenjam Laitonjam Leimapokpam Lourembam Maisnam Mayengbam Meinam
Mayanglambam Nameirakpam Nongmaithem Nongthombam Phurailatpam Pebam Sagolsem Sanjenbam
Sarangthem Senjam Sinam Soibam Thiyam Thingbaijam Toijam Tongbram Waikhom Yambem Yendrembam
Yumkham Ngangom Ngairangbam Ngangbam Nepram Okram Paonam Potsangbam Khwairakpam Sougaijam
Tensubam Wangjam Wangkheimayum Thoudam Khuraijam Kakchingtabam Nongmeikapam Arambam Aheibam
Achom Hawaibam Khumallambam Khongbantabam Khoisnam Leichombam Lisham Longjam Meisnam
Mangsatabam Ningthoukhongjam Phijam Sairem Sorensangbam Tourangbam Thongam Urikhimbam
Ayangbam Chirom Heirangkhongjam Irom Kangujam Karam Keithellakpam Khangjrakpam Langpoklakpam
Lamabam Leitanthem Naoroibam Pangambam Phairembam Pheiroijam Shamurailatpam Soram Taorem
Usham Yengkokpam Khundongbam Laishangbam Nandeibam Thoidingjam Yurembam Chingtham
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames(
        "round112", GIVEN_MIZO + GIVEN_MEITEI, SURNAMES_MIZO + SURNAMES_MEITEI, NOT_NAMES
    )


if __name__ == "__main__":
    main()
