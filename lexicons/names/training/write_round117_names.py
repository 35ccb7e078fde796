#!/usr/bin/env python3
"""Writes round117_first_names.txt and round117_surnames.txt, the hundred-and-seventeenth
round's measuring names, from the names written out below by hand: as given names those of
the families of Jeju island, and as surnames the family names of the Pueblo peoples of New
Mexico (Zuni, Acoma, Laguna, Jemez, Isleta, Cochiti, Kewa, Zia, San Felipe and Santa Ana).
Two origins the sixth to hundred-and-sixteenth rounds' hand-written lists did not cover as
a list's origin (no earlier list, row or commit message names Jeju, Cheju, Zuni, Acoma,
Laguna, Jemez, Isleta, Cochiti, Kewa, Zia, San Felipe, Santa Ana, the Pueblo peoples or New
Mexico as an origin; earlier general lists named Korean names among many origins, whose
names the drops read, so they do not come back); see handwritten_round117_PROVENANCE.md.

    python3 write_round117_names.py

No package, data file or web page is read: the lists are written here. The given names
are Korean given names as the families of the island give them, in the Revised
Romanization, the two syllables written as one word; the surnames are the family names of
the pueblos, among them the Spanish family names the pueblos have borne for centuries.
One spelling each; names written with a particle as a word of their own are not written.

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). No surname is written that is also written as a given name here; no place name is
written. Bare names, no person's record and no list of anyone. Every name also on any
other list of lexicons/names/training or lexicons/names/*.txt, or an English word, is
dropped by train-pii. Measuring names only, never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

# The given names of the families of Jeju island, men's then women's, in the Revised
# Romanization, the two syllables written as one word as the families write them abroad.
GIVEN_JEJU = """
Minjun Seojun Doyun Yejun Siwoo Hajun Jiho Juwon Jihun Geonwoo Hyunwoo Woojin Seonwoo
Yeonwoo Minjae Jiwan Eunwoo Junseo Jihwan Seungwoo Junwoo Yujun Dohyun Gunwoo Taeyoon
Seungmin Jaewon Jaehyun Junho Minho Minseok Sungho Youngho Jaeho Sangwoo Donghyun Kyungho
Jinwoo Taehyun Junyoung Sanghoon Jaehoon Seunghoon Jihoon Donghoon Younghoon Sunghoon
Kwanghoon Jonghoon Minhyuk Jaehyuk Sanghyuk Junhyuk Seunghyun Jonghyun Kihyun Sunghyun
Changmin Yunho Jaejoong Junsu Yoochun Kyungsoo Jongin Sehun Baekhyun Chanyeol Junmyeon
Taemin Kibum Jinki Sungmin Donghae Eunhyuk Kyuhyun Ryeowook Yesung Heechul Siwon Hyungsik
Jinyoung Woohyun Sungyeol Myungsoo Sungjong Dongwoon Yoseob Kikwang Junhyung Doojoon
Hyunseung Daesung Seungri Jiyong Youngbae Taeyang Namjoon Seokjin Yoongi Hoseok Jungkook
Taehyung Jisung Jaemin Jeno Haechan Jungwoo Doyoung Taeil Sangmin Kyunghoon Byunghun
Byungchul Youngsoo Youngjin Youngmin Youngjun Youngsik Youngchul Chulsoo Kwangsoo Kwangho
Kwangmin Jongsoo Jongho Jongmin Jongwon Sungsoo Sungjin Sungwon Sunghwan Jinho Jinsoo
Jinsung Jinhyuk Hyunsoo Hyunjin Hyunjun Hyunsik Hyunjae Jaesung Jaesuk Jaewook Jaeyoung
Jaehwan Seokjun Seokho Seokwoo Dongwook Dongjin Dongmin Dongsu Dongkyu Minkyu Minsu Minsoo
Minsung Mingyu Wonho Wonjun Wonsik Wonbin Hyungjun Hyungwon Hyungmin Taewoo Taeho Taejun
Taesung Taekyung Kyungmin Kyungwon Kyungsik Sangho Sangjun Sangwook Sanghyun Seungjun
Seungho Seungjae Seungyoon Seunggi Joonki Joongki Joonho Joonyoung Yongjun Yonghwa Yongsoo
Yonghwan Changwook Changhoon Changsoo Changho Kihoon Kiwoong Kiyoung Hanbin Hangyeol
Hyeonseok Jiseok Gyeongho Geonho Daehyun Daeho Daewon Insu Insung Inho Inpyo Ilwoo Woosung
Woojae Woobin Woohyuk Juho Jusung Beomseok Beomjun Bumsoo Cheolmin Cheolsu Chanwoo Chanho
Chansung Euijin Eunsung Eunsang Gyumin Haejin Hojin Hojun Hosung Yeongsu Manseok Gilsoo
Bongsu Duhwan Taekwon Seongjin Seonghun Seongmin Kangmin Kanghyun
Seoyeon Seoyun Jiwoo Seohyun Minseo Haeun Hayun Jiyu Jimin Chaewon Yuna Jiyun Seoa Yerin
Soyul Yuju Chaeeun Daeun Soeun Yeeun Gaeun Eunseo Yejin Sujin Eunji Sooyoung Hyejin Minji
Jisoo Sohee Dahye Eunbi Gyuri Bora Sora Nari Yeseul Seulgi Jiyeon Hyeonju Jiyoung Eunyoung
Miyoung Sunyoung Hyeyoung Jooyoung Yeonhee Sunhee Younghee Mihee Jihee Eunhee Kyunghee
Jeonghee Hyunhee Soonja Youngja Okja Malja Sookja Jungsook Myungsook Youngsook Kyungsook
Hyesook Mija Miran Mikyung Miok Misook Mijung Misun Eunjung Eunjoo Eunkyung Eunmi Eunsook
Eunha Hyejung Hyesun Hyemi Hyeri Hyerim Hyewon Hyekyung Jihyun Jihye Jisun Jiwon Jieun
Jinhee Jinju Jinkyung Jinsook Jungmin Jungeun Jungah Jungwon Kyungmi Kyungah Kyungjin Minah
Minkyung Minjung Minhee Minyoung Sunmi Sunah Sunjung Sunok Soyeon Sojin Soyoung Somin
Sohyun Seojin Seoyoung Seulbi Seunghee Seungyeon Sehee Sejin Seyoung Yeonju Yeonsu
Yeonkyung Yoojin Yoona Yoonah Yoonhee Yoonji Younga Yumi Yujin Yerim Yeji Haeri Haerin
Hayoung Heejin Heejung Heeyoung Hyojin Hyojung Hyoyeon Hyorin Hyuna Jiae Nayoung Nayeon
Narae Nahee Nayun Saerom Saebom Sarang Seeun Sooah Soojin Sookyung Soomin Soohyun Sooji
Sunhwa Taeyeon Chaeyoung Dahyun Jihyo Jeongyeon Seolhyun Boyoung Boram Boeun Dasom Dain
Eunbyul Haesol Hanbyul Hyebin Jueun Juhee Juyeon Minju Sebin Seyeon Subin Suyeon Yebin
Yewon Yujeong Yunseo Dayeon Hyeonjeong Kyungok Okhee Okran Soonhee Soonok Bokja
Bongsoon Geumja Geumsoon Malsoon Sunja Duri Haenim Dalnim
""".split()

# The family names of the Pueblo peoples of New Mexico: of Zuni, Acoma and Laguna, of
# Jemez, Isleta, Cochiti, Kewa, Zia, San Felipe and Santa Ana (the Tiwa of Taos and the
# Tewa villages left out), among them the Spanish family names the pueblos have borne
# since the seventeenth century.
SURNAMES_PUEBLO = """
Ahiyite Bowekaty Bowannie Cheama Chimoni Dewa Dishta Edaakie Epaloose Eriacho Etsate
Ghahate Haloo Hannaweeke Hooee Kallestewa Kaskalla Kanteena Laate Laconsello Lahaleon
Lalio Lasiloo Leekity Leekya Lementino Lesarlley Lonasee Lonjose Lucio Mahkee Mahooty
Nahohai Naktewa Nastacio Natachu Natewa Neha Niiha Ondelacy Othole Panteah Peina
Penketewa Peynetsa Poblano Poncho Qualo Quam Quandelacy Quetawki Seciwa Seowtewa Shebola
Sheche Sheyka Simplicio Soseeah Tsabetsaye Tsadiasi Tsattie Tsethlikai Tsikewa Vacit
Vicenti Waatsa Waseta Weahkee Wyaco Wytsalucy Yamutewa Yatsattie Yuselew Zunie Cachini
Calavaza Chopito Coonsis Cellicion Dosedo Hustito Luarkie Pablito Kucate Bobelu Booqua
Cooeyate Chapella Kaamasee Lowsayatee Nashboo Paywa Aragon Cerno Chino Concho Histia
Juanico Lukee Pasquale Patricio Shutiva Torivio Vallo Victorino Estevan Valdo Chavarria
Paisano Sarracino Kasero Siow Marmon Analla Jojola Lente Abeita Waconda Yepa Toya Fragua
Loretto Tosa Chinana Gachupin Shendo Sandia Waquie Madalena Sabaquie Casiquito Seonia
Sando Celo Coriz Calabaza Lovato Rosetta Reano Tortalita Arquero Suina Cordero Chalan
Shije Toribio Candelaria Tenorio Quintana Herrera Naranjo Pecos Romero Tafoya Lucero
Trujillo Aguilar Crespin Pacheco Medina Galvan Valencia Sandoval Armijo Baca
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list.
GIVEN = GIVEN_JEJU
SURNAMES = SURNAMES_PUEBLO


def main() -> None:
    write_kept_given_and_surnames("round117", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
