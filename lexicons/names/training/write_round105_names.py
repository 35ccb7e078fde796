#!/usr/bin/env python3
"""Writes round105_first_names.txt and round105_surnames.txt, the hundred-and-fifth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Khon Mueang (Tai Yuan) families of Lanna, northern Thailand (Chiang Mai,
Chiang Rai, Lampang, Lamphun, Phrae, Nan, Phayao and Mae Hong Son), and their families
since in Bangkok and abroad, an origin the sixth to hundred-and-fourth rounds' hand-written
lists did not cover (no earlier list, row or commit message names Lanna, the Khon Mueang or
Tai Yuan, or the eight provinces; the earlier lists' Thai names are those of general Thai
sections and of the hundred-and-fourth round's Isan families); see
handwritten_round105_PROVENANCE.md.

    python3 write_round105_names.py

No package, data file or web page is read: the lists are written here. The given names are
the older northern ones of two parts, each part a word of good omen as Kham Mueang names use
them (in "Indra", kaeo "jewel", fong "foam", ruean "house", ueang "orchid", pin "lute",
chom "crest", mun "merit", ton, ong, fu, kham "gold", bun "merit", bua "lotus", saeng
"light", chan "moon", thip "divine", nuan, ngoen "silver"), joined to a second word
(Inkaeo, Kaeoruean, Fongkham, Pinkaeo, Buakham); the surnames are the family names the
Surname Act of 1913 had each family choose, unique to it, two such words joined, with the
first parts northern names use (In-, Intha-, Kantha-, Panya-, Chaiya-, Wong-, Mani-,
Suwan-) and the endings -ta, -na, -ya, -wong, -chai, -kham, -kaeo, -mun, -ruean, -tiya,
-wang, -mongkhon and others (Intawong, Kanthawong, Panyawong, Chaiyamun), in the Royal Thai
General System's plain letters as Thai passports write them. One spelling each.

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

GIVEN = """
Inkham Inkaeo Inruean Infong Inpin Inchan Inmun Inthip Innuan Inphan Inton Insai Inwan
Inta Inma Inla Inchom Inyuen Inpan Inkon Inya Inwong Intan Inpaeng Inyaem Inlek Innoi
Kaeokham Kaeoruean Kaeofong Kaeopin Kaeochan Kaeomun Kaeothip Kaeonuan Kaeophan Kaeoton
Kaeosai Kaeowan Kaeota Kaeoma Kaeola Kaeochom Kaeoyuen Kaeopan Kaeokon Kaeoya Kaeowong
Kaeotan Kaeopaeng Kaeoyaem Kaeolek Kaeonoi Fongkham Fongkaeo Fongruean Fongpin Fongchan
Fongmun Fongthip Fongnuan Fongphan Fongton Fongsai Fongwan Fongta Fongma Fongla Fongchom
Fongyuen Fongpan Fongkon Fongya Fongwong Fongtan Fongpaeng Fongyaem Fonglek Fongnoi
Rueankham Rueankaeo Rueanfong Rueanpin Rueanchan Rueanmun Rueanthip Rueannuan Rueanphan
Rueanton Rueansai Rueanwan Rueanta Rueanma Rueanla Rueanchom Rueanyuen Rueanpan Rueankon
Rueanya Rueanwong Rueantan Rueanpaeng Rueanyaem Rueanlek Rueannoi Ueangkham Ueangkaeo
Ueangruean Ueangfong Ueangpin Ueangchan Ueangmun Ueangthip Ueangnuan Ueangphan Ueangton
Ueangsai Ueangwan Ueangta Ueangma Ueangla Ueangchom Ueangyuen Ueangpan Ueangkon Ueangya
Ueangwong Ueangtan Ueangpaeng Ueangyaem Ueanglek Ueangnoi Pinkham Pinkaeo Pinruean Pinfong
Pinchan Pinmun Pinthip Pinnuan Pinphan Pinton Pinsai Pinwan Pinta Pinma Pinla Pinchom
Pinyuen Pinpan Pinkon Pinya Pinwong Pintan Pinpaeng Pinyaem Pinlek Pinnoi Chomkham
Chomkaeo Chomruean Chomfong Chompin Chomchan Chommun Chomthip Chomnuan Chomphan Chomton
Chomsai Chomwan Chomta Chomma Chomla Chomyuen Chompan Chomkon Chomya Chomwong Chomtan
Chompaeng Chomyaem Chomlek Chomnoi Munkham Munkaeo Munruean Munfong Munpin Munchan Munthip
Munnuan Munphan Munton Munsai Munwan Munta Munma Munla Munchom Munyuen Munpan Munkon Munya
Munwong Muntan Munpaeng Munyaem Munlek Munnoi Tonkham Tonkaeo Tonruean Tonfong Tonpin
Tonchan Tonmun Tonthip Tonnuan Tonphan Tonsai Tonwan Tonta Tonma Tonla Tonchom Tonyuen
Tonpan Tonkon Tonya Tonwong Tontan Tonpaeng Tonyaem Tonlek Tonnoi Ongkham Ongkaeo Ongruean
Ongfong Ongpin Ongchan Ongmun Ongthip Ongnuan Ongphan Ongton Ongsai Ongwan Ongta Ongma
Ongla Ongchom Ongyuen Ongpan Ongkon Ongya Ongwong Ongtan Ongpaeng Ongyaem Onglek Ongnoi
Fukham Fukaeo Furuean Fufong Fupin Fuchan Fumun Futhip Funuan Fuphan Futon Fusai Fuwan
Futa Fuma Fula Fuchom Fuyuen Fupan Fukon Fuya Fuwong Futan Fupaeng Fuyaem Fulek Funoi
Khamkaeo Khamruean Khamfong Khampin Khamchan Khammun Khamthip Khamnuan Khamphan Khamton
Khamsai Khamwan Khamta Khamma Khamla Khamchom Khamyuen Khampan Khamkon Khamya Khamwong
Khamtan Khampaeng Khamyaem Khamlek Khamnoi Bunkham Bunkaeo Bunruean Bunfong Bunpin Bunchan
Bunmun Bunthip Bunnuan Bunphan Bunton Bunsai Bunwan Bunta Bunma Bunla Bunchom Bunyuen
Bunpan Bunkon Bunya Bunwong Buntan Bunpaeng Bunyaem Bunlek Bunnoi Buakham Buakaeo Buaruean
Buafong Buapin Buachan Buamun Buathip Buanuan Buaphan Buaton Buasai Buawan Buata Buama
Buala Buachom Buayuen Buapan Buakon Buaya Buawong Buatan Buapaeng Buayaem Bualek Buanoi
Saengkham Saengkaeo Saengruean Saengfong Saengpin Saengchan Saengmun Saengthip Saengnuan
Saengphan Saengton Saengsai Saengwan Saengta Saengma Saengla Saengchom Saengyuen Saengpan
Saengkon Saengya Saengwong Saengtan Saengpaeng Saengyaem Saenglek Saengnoi Chankham
Chankaeo Chanruean Chanfong Chanpin Chanmun Chanthip Channuan Chanphan Chanton Chansai
Chanwan Chanta Chanma Chanla Chanchom Chanyuen Chanpan Chankon Chanya Chanwong Chantan
Chanpaeng Chanyaem Chanlek Channoi Thipkham Thipkaeo Thipruean Thipfong Thippin Thipchan
Thipmun Thipnuan Thipphan Thipton Thipsai Thipwan Thipta Thipma Thipla Thipchom Thipyuen
Thippan Thipkon Thipya Thipwong Thiptan Thippaeng Thipyaem Thiplek Thipnoi Nuankham
Nuankaeo Nuanruean Nuanfong Nuanpin Nuanchan Nuanmun Nuanthip Nuanphan Nuanton Nuansai
Nuanwan Nuanta Nuanma Nuanla Nuanchom Nuanyuen Nuanpan Nuankon Nuanya Nuanwong Nuantan
Nuanpaeng Nuanyaem Nuanlek Nuannoi Ngoenkham Ngoenkaeo Ngoenruean Ngoenfong Ngoenpin
Ngoenchan Ngoenmun Ngoenthip Ngoennuan Ngoenphan Ngoenton Ngoensai Ngoenwan Ngoenta
Ngoenma Ngoenla Ngoenchom Ngoenyuen Ngoenpan Ngoenkon Ngoenya Ngoenwong Ngoentan
Ngoenpaeng Ngoenyaem Ngoenlek Ngoennoi
""".split()

SURNAMES = """
Inna Inchai Intiya Inwang Inmani Inyot Inthong Infu Inngam Inmongkhon Inkan Inkun Inlue
Inthata Inthana Inthaya Inthawong Inthachai Inthakham Inthakaeo Inthamun Inthapan
Intharuean Inthatiya Inthawang Inthamani Inthayot Inthathong Inthafu Inthasai Inthangam
Inthamongkhon Inthaphan Inthakan Inthakun Inthalue Inthanuan Inthafong Inthachom Kanthata
Kanthana Kanthaya Kanthawong Kanthachai Kanthakham Kanthakaeo Kanthamun Kanthapan
Kantharuean Kanthatiya Kanthawang Kanthamani Kanthayot Kanthathong Kanthafu Kanthasai
Kanthangam Kanthamongkhon Kanthaphan Kanthakan Kanthakun Kanthalue Kanthanuan Kanthafong
Kanthachom Panyata Panyana Panyawong Panyachai Panyakham Panyakaeo Panyamun Panyapan
Panyaruean Panyatiya Panyawang Panyamani Panyayot Panyathong Panyafu Panyasai Panyangam
Panyamongkhon Panyaphan Panyakan Panyakun Panyalue Panyanuan Panyafong Panyachom Chaiyata
Chaiyana Chaiyawong Chaiyachai Chaiyakham Chaiyakaeo Chaiyamun Chaiyapan Chaiyaruean
Chaiyatiya Chaiyawang Chaiyamani Chaiyayot Chaiyathong Chaiyafu Chaiyasai Chaiyangam
Chaiyamongkhon Chaiyaphan Chaiyakan Chaiyakun Chaiyalue Chaiyanuan Chaiyafong Chaiyachom
Wongta Wongna Wongya Wongchai Wongkham Wongkaeo Wongmun Wongpan Wongruean Wongtiya
Wongwang Wongmani Wongyot Wongthong Wongfu Wongsai Wongngam Wongmongkhon Wongphan Wongkan
Wongkun Wonglue Wongnuan Wongfong Wongchom Kaeona Kaeochai Kaeotiya Kaeowang Kaeomani
Kaeoyot Kaeothong Kaeofu Kaeongam Kaeomongkhon Kaeokan Kaeokun Kaeolue Khamna Khamchai
Khamtiya Khamwang Khammani Khamyot Khamthong Khamfu Khamngam Khammongkhon Khamkan Khamkun
Khamlue Thipna Thipchai Thiptiya Thipwang Thipmani Thipyot Thipthong Thipfu Thipngam
Thipmongkhon Thipkan Thipkun Thiplue Saengna Saengchai Saengtiya Saengwang Saengmani
Saengyot Saengthong Saengfu Saengngam Saengmongkhon Saengkan Saengkun Saenglue Munna
Munchai Muntiya Munwang Munmani Munyot Munthong Munfu Munngam Munmongkhon Munkan Munkun
Munlue Yotta Yotna Yotya Yotwong Yotchai Yotkham Yotkaeo Yotmun Yotpan Yotruean Yottiya
Yotwang Yotmani Yotthong Yotfu Yotsai Yotngam Yotmongkhon Yotphan Yotkan Yotkun Yotlue
Yotnuan Yotfong Yotchom Chomna Chomchai Chomtiya Chomwang Chommani Chomyot Chomthong
Chomfu Chomngam Chommongkhon Chomkan Chomkun Chomlue Fongna Fongchai Fongtiya Fongwang
Fongmani Fongyot Fongthong Fongfu Fongngam Fongmongkhon Fongkan Fongkun Fonglue Rueanna
Rueanchai Rueantiya Rueanwang Rueanmani Rueanyot Rueanthong Rueanfu Rueanngam
Rueanmongkhon Rueankan Rueankun Rueanlue Pinna Pinchai Pintiya Pinwang Pinmani Pinyot
Pinthong Pinfu Pinngam Pinmongkhon Pinkan Pinkun Pinlue Phromta Phromna Phromya Phromwong
Phromchai Phromkham Phromkaeo Phrommun Phrompan Phromruean Phromtiya Phromwang Phrommani
Phromyot Phromthong Phromfu Phromsai Phromngam Phrommongkhon Phromphan Phromkan Phromkun
Phromlue Phromnuan Phromfong Phromchom Ongna Ongchai Ongtiya Ongwang Ongmani Ongyot
Ongthong Ongfu Ongngam Ongmongkhon Ongkan Ongkun Onglue Funa Fuchai Futiya Fuwang Fumani
Fuyot Futhong Fungam Fumongkhon Fukan Fukun Fulue Panta Panna Panya Panwong Panchai
Pankham Pankaeo Panmun Panruean Pantiya Panwang Panmani Panyot Panthong Panfu Pansai
Panngam Panmongkhon Panphan Pankan Pankun Panlue Pannuan Panfong Panchom Manita Manina
Maniya Maniwong Manichai Manikham Manikaeo Manimun Manipan Maniruean Manitiya Maniwang
Maniyot Manithong Manifu Manisai Maningam Manimongkhon Maniphan Manikan Manikun Manilue
Maninuan Manifong Manichom Thongta Thongna Thongya Thongwong Thongchai Thongkham Thongkaeo
Thongmun Thongpan Thongruean Thongtiya Thongwang Thongmani Thongyot Thongfu Thongsai
Thongngam Thongmongkhon Thongphan Thongkan Thongkun Thonglue Thongnuan Thongfong Thongchom
Tonna Tonchai Tontiya Tonwang Tonmani Tonyot Tonthong Tonfu Tonngam Tonmongkhon Tonkan
Tonkun Tonlue Suwanta Suwanna Suwanya Suwanwong Suwanchai Suwankham Suwankaeo Suwanmun
Suwanpan Suwanruean Suwantiya Suwanwang Suwanmani Suwanyot Suwanthong Suwanfu Suwansai
Suwanngam Suwanmongkhon Suwanphan Suwankan Suwankun Suwanlue Suwannuan Suwanfong Suwanchom
Wangta Wangna Wangya Wangwong Wangchai Wangkham Wangkaeo Wangmun Wangpan Wangruean
Wangtiya Wangmani Wangyot Wangthong Wangfu Wangsai Wangngam Wangmongkhon Wangphan Wangkan
Wangkun Wanglue Wangnuan Wangfong Wangchom
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round105", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
