#!/usr/bin/env python3
"""Writes round119_first_names.txt and round119_surnames.txt, the hundred-and-nineteenth
round's measuring names, from the names written out below by hand: the given names and
the family names of the Lao families of Laos (the Mekong valley of Vientiane, Luang
Prabang, Savannakhet and Champasak, and the same families since abroad). An origin the
sixth to hundred-and-eighteenth rounds' hand-written lists did not cover as a list's
origin (no earlier list, row or commit message names Laos's Lao families, Vientiane,
Luang Prabang, Savannakhet or Champasak as an origin; an earlier general list named Lao
names among many origins, and the hundred-and-fourth round's list the Lao-speaking Isan
families of north-eastern Thailand, whose names the drops read, so they do not come back);
see handwritten_round119_PROVENANCE.md.

    python3 write_round119_names.py

No package, data file or web page is read: the lists are written here. The given names
are Lao given names as the families give them, of one or two or three parts, each a word
of good omen (gold, merit, gem, light, victory and the like), written as one word in the
French-based romanisation the families use in Laos and abroad; the surnames are the
family names the families have borne since the surname decree of 1943, most built of two
or more such words or of Pali and Sanskrit words, in the same romanisation. One spelling
each.

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

# The given names of the Lao families of Laos, men's then women's, in the French-based
# romanisation, the parts written as one word.
GIVEN_LAO = """
Souksavanh Bounmy Khamphone Somphone Vilayvanh Phetsamone Bounthavy Keomany Chanthaly
Souliya Bounleuth Khamsay Bounpheng Thongsavanh Vongphachanh Sengphet Khamla Bounkham
Sisouk Somsack Phouthone Khampheng Outhay Thongchanh Bounnhang Khamtay Souphanouvong
Phoumi Kaysone Nouhak Sisavath Bounyang Somsavat Thongloun Saysomphone Phankham Sonexay
Chansamone Bounkong Phetsamay Inpeng Khamphao Somboun Bounsou Boualy Bouasone Vanxay
Khamkeo Thongdy Sengsouly Souksomboun Khamphet Bounthanh Sythong Vongsay Phimmasone
Soulichanh Chanthavong Phonsavanh Keovilay Sengdao Khamphouvong Phouvong Bounsong
Khampha Khamsone Thongkhoun Sisomphone Chanthanome Bounmee Phouvieng Sengkeo Thongphet
Kongsy Vixay Sounthone Vilaysack Outhong Bounlom Khamdeng Somphou Phetlasy Chanthakhoun
Manivanh Chanthala Keophet Vanida Souphaphone Phoutsady Latsamy Viengkham Bouachanh
Chansouk Kesone Khamphoui Malaythong Noy Phonsouda Sengdavanh Souvanny Thipphavanh
Bouaphanh Chansamay Davone Dokkham Dokmai Kongkeo Lattana Malavanh Manichanh Noukham
Nouanthong Phetsamai Phonexay Sisouda Somchanh Soukphaphone Souksakhone Thongvanh
Viengsamai Vilayphone Xaysana Chanthaboun Bouakham Bouasavanh Chindavanh Khanthaly
Ketsana Latdavanh Mayouly Mouksavanh Nithsady Noumaly Nouphone Onkeo Palamy Phaivanh
Phoukhong Sengmany Sivilay Somvang Souphavanh Thidachanh Vatsana Vongdeuane Xayxana
Inthavanh Kedsana Khonesavanh Lamphanh Lasamy Manola Manyvone Phengsy Phetdavanh
Sengaloun Sisavanh Soudaly Souliphone Thavisouk Thipkesone Vannaly Vilaysouk Bounchanh
Bounsy Bounthong Bounsavath Bounlay Bounphanh Bounheuang Bounxou Bounnhong Bounthieng
Bounleua Bounkhong Bounma Bounsouay Bountheung Khamphanh Khamsouk Khamxay Khammanh
Khamphou Khamlek Khamsing Khamvanh Khamsavath Khamkhong Khamphong Khamvieng Khamdy
Khamtanh Khamoune Thongsouk Thongphanh Thongkham Thongsay Thongsy Thongbay Thonglay
Thongmy Thongvan Thongsamouth Sengkham Sengsay Sengchanh Sengthong Sengsouk Sengphanh
Sengvilay Phetsavanh Phetkham Phetsouk Phetmany Phetsay Phetchanh Somsy Somphet Somkhit
Somsanith Somchith Somdy Somphanh Souksavath Soukkhy Soukan Soukthavy Soukphanh Vongkham
Vongsouk Vongdeuan Vilaykham Vilaysone Vilaychith Phonphet Phonsay Phonsy Phonkham
Keokhong Keosay Keophanh Keovanh Keokham Sithong Sisomphet Sivixay Sinouk Sisavang
Xaysomphet Xaysavanh Xaykham Saysouk Sayphet Phouvanh Phousay Phoukham Phouthong
Douangdy Douangkham Douangphet Douangmala Douangchay Manikham Manisone Manivone Sonekham
Sonephet Sonesavanh Vanhkham Vanhxay Chanhthy Chanhsouk Noukhanh Nouansy Nouanphanh
Viengphet Viengsay Viengvilay Viengkeo Viengthong Thiphavanh Thipsouda Thipsavanh
Latsavong Latdala Sadavanh Saengdara Ounheuan Ounkham Ounthong Ouane Ounla Ketkeo
Ketmany Malaykham Malisa Mounkham Nalinthone Navone Nilanh Ninhsavanh Oudomsy Oudone
Pany Phaythoune Phengkham Pinkeo Sengchan Sinnakhone Sirivanh Sisamone Sithixay
Sonevixay Souvanhthong Syvanh Thavisay Thavone Thipphachanh Valikhone Vannasouk
Vannaphone Vanthong Viphaphone Xaysamone Xongkham Yotsavanh Sisamouth Soulisak
Chitsavanh Chanthone Chanhpheng Dalavanh Daovone Hongkham Inpanh Inthone Kongmany
Linsavanh Malyvanh Naly Nouchanh Phoummaly Phoutthasone Samlith Sengdeuane Simmaly
Sivone Soumaly Soukvilay Thongdeuane Vongdavanh Xaynakhone
""".split()

# The family names of the Lao families of Laos, in the same romanisation, the parts
# written as one word.
SURNAMES_LAO = """
Phommachanh Vongsavanh Keovongsa Phetsomphou Sengdara Inthavong Souvannavong Sayasith
Luangrath Khounborine Thammavong Phanthavong Douangchanh Siharath Phommasone Vongphakdy
Keomanivong Sisoulath Souvannarath Phimmachack Sengsavang Xayavong Vongkhamchanh
Phommavongsa Sayavong Bounyavong Chanthasouk Rattanavong Inthirath Vilaythong Phomvihane
Souvannaphouma Vongvichit Siphandone Sisoulith Thammavongsa Phetsarath Sananikone
Voravong Insisiengmay Abhay Phouthavong Sayaseng Luangkhot Manivong Sithimolada
Vannavong Phothisane Sengsouvanh Keosouvanh Phimmasane Vongsack Sisombat Khampanya
Inthachak Sayamoungkhoun Chounlamany Phanthasy Siriphong Phommaseng Sengkhamyong
Phengsavanh Phonsavath Keomixay Xayyavong Duangpanya Phetsavong Sisouphanthong
Vongsamphanh Khamvongsa Khounvilay Phongsavath Sayarath Rajvong Thammachack
Chanthalangsy Sounthala Mounivong Vongdara Ounkeo Xaiyavong Bounthavong Khamvilay
Saysanavong Souvanlasy Sihavong Thongsavath Bouapha Luangxay Keophilavong Sengphachanh
Chanthapanya Phoutthavong Souliyavong Soukkhaseum Sipaseuth Vongxay Phanvongsa
Inthapanya Sengmanivong Keobounphanh Phimphachanh Chitpanya Sonevilay Thepphavong
Souvannasy Xayalath Sinbandith Phommathep Syvongsa Siengsavanh Sengsouriya Souphanthong
Phanthamaly Khamphilavong Vongphosy Sisomvang Chanthavixay Sivongxay Inthalangsy
Souvannalath Phommalath Sengkhamphanh Thammasith Phouthasack Keodouangsy Sihalath
Khamphounvong Vongthilath Sisaleumsak Phanolinh Sihanath Phomsouvanh Chanthamath
Sayakoummane Souksamlan Phetphommasouk Phounsavath Sengsoulichanh Vongsouthi Keovongsak
Phothilath Xaysompheng Phimmavong Khammanivong Bounpasirth Thongphachanh Sisounonth
Philavong Chanthasiri Souvanhnavong Vongphanakhone Sayachack Syphanthong Luanglath
Keoduangdy Phetchanpheng Vongkhamsao Sithavong Bounleuthay Phimmasack Khounsavath
Thammavixay Sengsomphou Vongmany Douangboupha Inthaxay Phounsavanh Sourinphoumy
Vilayhong Phetsinorath Sisouvong Chanthaphone Keoviengsamay Sayasane Phothirath
Khammounheuang Vongsouphanh Sinnavong Phanhthavong Phetvongsa Souvannamethy Thepkaysone
Sengthavisouk Phongphachanh Inthilath Somphavong Khounphakdy Vongkhamheng Sisouvanh
Xayaphet Phommachack Chanthaseng Keomuongchanh Luangphaxay Bouphavanh Souliyasak
Vongsengchanh Phetsiriseng Sisanonh Thongthip Sengvongdeuane Phaengsy Chanthalath
Bountavong Keovisith Phomsavanh Sivilaysack Vongphoumy Inthasone Khamphoumy
Sengsourivong Phanthaleuk Souvannachak Sithammavong Phimphisane Duangsavanh Vongphet
Keolouangkhot Saysombath Thipphavong Viravong Soukhaseum Phouangmala Sivanhpheng
Khamkeovanh Chanthamany Sengsoulin Phommathansy Vongvilay Latsavongsakda Inthavongsa
Sisoukda Phetdaoheuang Sayvongsa Bouasy Khamsaveng Thammaphanh Vongsomphou Kettavong
Sengchaleun Phounthavong Sayakhoun Sisavongsy Chanthasone Keophithoune Vorachith
Phongsavanh Inthasin Phiavong Vongkhamphanh Sengaphone Soulinthone Thirakoune
Sibounheuang Khantivong Phommakhot Sisanith Bounphengsy Vannasane Chanthavisouk
Keothavong Sengsathit Phetsavath
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list.
GIVEN = GIVEN_LAO
SURNAMES = SURNAMES_LAO


def main() -> None:
    write_kept_given_and_surnames("round119", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
