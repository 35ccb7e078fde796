#!/usr/bin/env python3
"""Writes round104_first_names.txt and round104_surnames.txt, the hundred-and-fourth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Isan families of north-eastern Thailand (the Lao-speaking Khorat plateau
round Khon Kaen, Udon Thani, Ubon Ratchathani, Nakhon Ratchasima, Roi Et, Sakon Nakhon,
Nong Khai, Yasothon, Kalasin and Maha Sarakham) and their families since in Bangkok and
abroad, an origin the sixth to hundred-and-third rounds' hand-written lists did not cover
(no earlier list, row or commit message names Isan or its provinces; the earlier lists'
Thai names are those of general Thai sections); see handwritten_round104_PROVENANCE.md.

    python3 write_round104_names.py

No package, data file or web page is read: the lists are written here. The given names are
the ones Isan families give, the older Lao-Isan ones of one or two parts, each part a word
of good omen (kham "gold", bun "merit", thong "gold", saeng "light", chan "moon", duang
"star", bua "lotus", phon "blessing", kaeo "jewel", phet "diamond", si "glory", ngoen
"silver", sai, phim, wan, suk, in, on, nuan, lam, kong, sing, luang, chai, phai, thip, som,
joined to a second word: Khamla, Bunma, Thongdi, Saengchan), in the Royal Thai General
System's plain letters as Thai passports write them; the surnames are the family names
the Surname Act of 1913 had each family choose, unique to it, two or three such words of
good omen joined (Phonsena, Khamsaen, Sisaenkham), with the endings -sena, -wong, -wongsa,
-suwan, -kham, -si, -muang, -kaeo, -phromma, -sombat, -yot, -chai and -ngam Isan names
use. One spelling each.

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
Khamla Khamsaen Khamphan Khamphun Khampheng Khamsing Khamphong Khamphet Khamsai Khamwan
Khammi Khamma Khamlai Khamchan Khamsuk Khamphon Khamphai Khamphu Khamthong Khamdi
Khamkhong Khamsong Khampan Khamlue Khamruean Khamtan Khamsi Khamnuan Khamphui Khamphaeng
Khamwong Khamphiu Khamphoi Khamsao Khampha Khampun Khamkoeng Khamphian Khamyong Khampiu
Khamsuan Khamthan Khamchai Khamsom Khamphut Khamwian Khamkhian Khamhuean Khamduang Bunma
Bunmi Bunsong Bunchuai Bunlue Bunthan Bunsi Bunyang Bunkhong Bunphan Bunthong Bunsuk
Bunchan Bunsaen Bunphun Bunpheng Bunlai Bunsai Bunruam Bunrueang Bunthiam Bunkhrong
Bunlom Bunlang Bunliang Bunnak Bunpluk Bunsom Bunsoem Bunthawi Bunyuen Bunkhoen Bunsin
Bunchu Bunkham Bunsiri Bunpan Bunphon Bunpha Bunkhuang Bunmak Bunnam Thongdi Thongsuk
Thongchan Thongsai Thonglai Thongma Thongmi Thongphan Thongphun Thongsaen Thongkham
Thongsi Thongbai Thongyot Thongyu Thonghuat Thongla Thongpheng Thongphet Thongsin
Thongkhon Thongluan Thongphon Thongruam Thongsom Thongwan Thongkhun Thongpan Thongsuan
Thongyai Saengchan Saengduan Saengdao Saengkham Saengsuri Saengarun Saengphet Saengla
Saengsi Saengthian Saengthip Saengsuk Saengphon Saengrung Saengmani Saengsawang
Saengnapha Saengchai Saengwan Saengtawan Chanphen Chanpheng Chansi Chankham Chanla
Chansuk Chanphon Chanthip Chandi Chanmi Chanma Chansamut Chanruean Chanphim Chanhom
Chanyaem Chansong Chanlai Chansaeng Chanphai Chankhong Duangchan Duangta Duangdao
Duangkaeo Duangphon Duangjai Duangthip Duangsi Duangsuda Duangruedi Duangphet Duangkham
Duangduen Duangthong Duangnapha Duangrat Duangphen Duangman Duangsamon Duangsawat
Buaphan Buasi Buala Buakhai Buaphun Buaphon Buaphet Buakham Buasai Buathong Buaban
Buachan Buaphong Buasuk Buawan Buaphai Buaphen Buakhiao Buaphim Buaroi Buasom Buapha
Buaphuean Buathip Phonsawan Phonsai Phonthip Phonsi Phonchai Phonphan Phonthong Phonkham
Phonla Phonsuk Phonchan Phonphet Phonrat Phonsawat Phonngam Phonwilai Phonsaeng Phonmani
Phonthiwa Phonsiri Kaeola Kaeochan Kaeosai Kaeoka Kaeophan Kaeokham Kaeosi Kaeomani
Kaeophon Kaeophet Kaeothip Kaeomun Kaeosuk Kaeothong Kaeoyot Kaeodi Kaeoma Kaeoman
Kaeophim Kaeosaeng Kaeowan Phetla Phetsamon Phetchan Phetsai Phetsi Phetkham Phetsuk
Phetphon Phetthong Phetmani Phetsaeng Phetngam Phetsawan Phetphim Phetsom Phetduang
Phetrung Phetkaeo Phetphai Sila Siphon Siphan Sisai Sichan Sisuk Sithong Sikham Simuang
Sinuan Siwan Siphai Sipheng Sibunruang Sikhai Siphut Sisaeng Sisamon Sisomphon Sithon
Siyot Ngoenthong Ngoenla Ngoenchan Ngoensi Ngoenkham Ngoenphan Ngoensuk Ngoenmi Ngoenyot
Saiyon Saifon Saiphin Saithong Saichon Sailom Sairung Saichai Saiphon Saithip Saikham
Saisawat Saisamon Saisunee Saiyut Saimai Saibua Saiduean Saiwan Saisaeng Saichan Saiphet
Phimphan Phimchan Phimphon Phimla Phimsai Phimkham Phimsi Phimthong Phimmali Phimphaka
Phimpha Phimwan Phimlada Phimchanok Phimsuda Phimmat Phimprapha Phimsiri Phimphloi
Phimonrat Wanphen Wanthong Wansi Wanla Wanchai Wankham Wansuk Wanphon Wanna Wanphet
Wansaeng Wanthip Sukkham Sukchai Sukphon Suksan Sukthong Suksi Sukla Sukphet Sukphan
Sukrung Sukruethai Suksom Inkham Inla Inphan Inphon Insi Inthong Insuk Inchan Inphai
Inpheng Inthip Inphet Insaeng Onkham Onla Onchan Onphon Onsi Onthong Onsuk Onpha Onphet
Onsa Onruean Onsri Nuanchan Nuanla Nuanphan Nuansi Nuanthong Nuankham Nuansuk Nuanphen
Nuanchawi Nuanjan Nuanpring Lamphun Lamphai Lamsing Lamduan Lamphong Lamyai Lampheng
Lamthong Lamkham Lamsi Kongkham Kongla Kongphet Kongsi Kongsuk Kongchan Kongthong
Kongphan Kongsaeng Kongsing Mayura Malai Malaiwan Malaiphon Malaisi Malaithong Singkham
Singthong Singsai Singla Singphon Singsi Singphan Singchai Singsuk Singphet Luangkham
Luangsi Luangthong Luangphon Luangchai Luangsuk Luangla Luangpheng Luangphan Chaikham
Chaila Chaisi Chaiphon Chaisuk Chaithong Chaiphet Chaiyaphon Chaiphan Chaisaeng Phaiwan
Phaisan Phaiphon Phaithun Phaisi Phaithong Phaikham Phairat Phaisit Phairot Thipkham
Thipla Thipsuda Thipwan Thipphon Thipsi Thipsuk Thipchan Thipphawan Thipmani Somkham
Somla Somsaeng Somphet Somsuk Somsi Somthong Somphan Somchan Somkhuan Somphun Somrueang
""".split()

SURNAMES = """
Phonsena Sisena Saengsuwan Wongsuwan Chanthawong Phimphisan Phimsen Phommasen Inthasen
Inthawong Phomwihan Kaeokhampa Khamphiwan Siphrom Phromsi Saensuk Saenkham Chaisena
Chaiwong Wongkham Phankaeo Khamsaenphon Saenkhamwong Phonkhamsi Sisaenkham Khamphasi
Khamsuwan Khamsena Khamphiphan Khamwongsa Khamkaeo Khamphila Khammuang Khamnuansi
Khamlueang Khamphaengsi Khamthongsuk Khamsingsa Khamyotsi Khamphonsuk Khamduangsi
Khamrueangsi Khamsombat Saenphon Saensi Saenwong Saenthong Saenchai Saenphan Saenmuang
Saensena Saenkaeo Saenyot Saensombat Saenphromma Saensuwan Saenngam Saenkhamphon
Saenbutsa Saenphimsi Saenthawi Phonwong Phonkaeo Phonmuang Phonsombat Phonthawi
Phonpraseut Phonphrom Phonkhamphan Phonsuwan Phonchaiwong Phonsaensuk Phonnamsi
Phonthepsi Sithongkham Sisuwan Siwongsa Sikhampha Siphonchai Sisaenphon Simuangkham
Sinamwong Sisombat Sisawang Siphanthong Sikaeosuk Sithawi Sirueangsuk Siphimphan
Sisenkham Bunsena Bunwong Bunsuwan Bunkhamsi Bunthongphan Bunsaensuk Bunmuang Bunphrom
Bunyotsi Bunrueangsi Bunkaeo Bunchaisuk Bunsombat Bunphimsi Bunngamsi Bunsaeng Thongsena
Thongwongsa Thongkhamsi Thongsaenphan Thongsuwan Thongphimsi Thongkaeophan Thongmuang
Thongyotsi Thongphromma Thongsombat Thongngam Thongphaeng Thongchaisi Chansena Chansuwan
Chankhamsi Chanthongsuk Chanwongsa Chanphimsi Chansaenphon Chanmuang Chankaeo Chansombat
Chanthawi Chanrueang Chanphromsi Chansiphon Chanyotsi Kaeosena Kaeowongsa Kaeosuwan
Kaeophimsi Kaeosaenphon Kaeomuang Kaeothongsuk Kaeoyotsi Kaeochaiwong Kaeophromma
Kaeosombat Kaeokhamsi Kaeorueang Kaeosisuk Kaeongam Kaeothawi Phimsena Phimwongsa
Phimsuwan Phimkhamsi Phimthongsuk Phimsaenphon Phimmuang Phimkaeo Phimphromma Phimsombat
Phimyotsi Phimchaisi Phimngamsi Phimrueangsi Phimthawi Phimchanthong Wongsena Wongkhamsi
Wongsaenphon Wongthongsuk Wongphimsi Wongkaeo Wongphromma Wongsombat Wongyotsi
Wongchaisi Wongngamsi Wongsisuk Wongmuangkham Wongsuwannasi Wongphonsai Wongbunsi
Inthasuwan Inthakham Inthaphon Inthasaen Inthathong Inthaphim Inthamuang Inthakaeo
Inthasombat Inthayot Inthaphrom Inthachai Inthangam Inthasi Inthasuk Inthaphan Phromsena
Phromwongsa Phromsuwan Phromkhamsi Phromthongsuk Phromsaenphon Phrommuang Phromkaeo
Phromsombat Phromyotsi Phromchaisi Phromngam Phromphimsi Phromphonsai Chaisuwan
Chaikhamsi Chaithongsuk Chaisaenphon Chaimuang Chaikaeo Chaiphromma Chaisombat Chaiyotsi
Chaingamsi Chaiphimsi Chaiphonsai Chaisisuk Chaibunsi Singsena Singwongsa Singsuwan
Singkhamsi Singthongsuk Singsaenphon Singmuang Singkaeo Singphromma Singsombat Singyotsi
Singchaisi Singngam Singphimsi Singphonsai Singbunsi Saengsena Saengwongsa Saengkhamsi
Saengthongsuk Saengsaenphon Saengmuang Saengkaeo Saengphromma Saengsombat Saengyotsi
Saengchaisi Saengngamsi Saengphimsi Saengphonsai Duangsena Duangwongsa Duangsuwan
Duangkhamsi Duangthongsuk Duangsaenphon Duangmuang Duangphromma Duangsombat Duangyotsi
Duangchaisi Duangngam Duangphimsi Buasena Buawongsa Buasuwan Buakhamsi Buathongsuk
Buasaenphon Buamuang Buakaeo Buaphromma Buasombat Buayotsi Buachaisi Buangamsi Buaphimsi
Buaphonsai Buabunsi Phetsena Phetwongsa Phetsuwan Phetkhamsi Phetthongsuk Phetsaenphon
Phetmuang Phetphromma Phetsombat Phetyotsi Phetchaisi Phetngamsi Phetphimsi Phetphonsai
Phetbunsi Sainamsi Saithongsuk Saisaenphon Saimuang Saikaeo Saiphromma Saisombat
Saiyotsi Ngoensena Ngoenwongsa Ngoensuwan Ngoenkhamsi Ngoenthongsuk Ngoensaenphon
Ngoenmuang Ngoenkaeo Ngoenphromma Ngoensombat Ngoenyotsi Ngoenchaisi Ngoenphimsi
Ngoenbunsi Nilsena Nilwongsa Nilsuwan Nilkhamsi Nilthongsuk Nilsaenphon Nilmuang Nilkaeo
Nilphromma Nilsombat Nilyotsi Nilchaisi Nilngamsi Nilphimsi Nilphonsai Nilbunsi Khunsena
Khunwongsa Khunsuwan Khunkhamsi Khunthongsuk Khunsaenphon Khunmuang Khunkaeo Khunphromma
Khunsombat Khunyotsi Khunchaisi Khunngamsi Khunphimsi Khunphonsai Khunbunsi Munsena
Munwongsa Munsuwan Munkhamsi Munthongsuk Munsaenphon Munmuang Munkaeo Munphromma
Munsombat Munyotsi Munchaisi Munngamsi Munphimsi Munphonsai Munbunsi Phommasuwan
Phommakhamsi Phommathongsuk Phommasaenphon Phommamuang Phommakaeo Phommasombat
Phommayotsi Phommachaisi Phommangam Phommaphimsi Phommabunsi Sombatsena Sombatwongsa
Sombatkhamsi Sombatthongsuk Sombatmuang Sombatkaeo Yotsena Yotwongsa Yotsuwan Yotkhamsi
Yotthongsuk Yotsaenphon Yotmuang Yotkaeo Lamsena Lamwongsa Lamsuwan Lamkhamsi
Lamthongsuk Lamsaenphon Lammuang Lamkaeo Rueangsena Rueangwongsa Rueangsuwan
Rueangkhamsi Rueangthongsuk Rueangsaenphon Rueangmuang Rueangkaeo Rueangphromma
Rueangsombat Rueangchaisi Rueangphimsi Suksena Sukwongsa Sukkhamsi Sukthongsuk
Suksaenphon Sukmuang Sukkaeo Sukphromma Thawisena Thawiwongsa Thawisuwan Thawikhamsi
Thawithongsuk Thawisaenphon Thawimuang Ngamsena Ngamwongsa Ngamsuwan Ngamkhamsi
Ngamthongsuk Ngamsaenphon Ngammuang Ngamkaeo
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round104", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
