#!/usr/bin/env python3
"""Writes round106_first_names.txt and round106_surnames.txt, the hundred-and-sixth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Khon Pak Tai (Southern Thai) families of southern Thailand (Chumphon,
Surat Thani, Nakhon Si Thammarat, Phatthalung, Songkhla, Trang, Krabi, Phang Nga, Phuket,
Ranong and Satun), the Thai-Chinese families of the southern towns among them, and their
families since in Bangkok and abroad, an origin the sixth to hundred-and-fifth rounds'
hand-written lists did not cover (no earlier list, row or commit message names the
Khon Pak Tai, Southern Thai, Pak Tai or any of those eleven provinces; the earlier lists'
Thai names are those of general Thai sections, of the hundred-and-fourth round's Isan
families and of the hundred-and-fifth round's Khon Mueang families); see
handwritten_round106_PROVENANCE.md.

    python3 write_round106_names.py

No package, data file or web page is read: the lists are written here. The given names are
formal Thai given names of two Pali or Sanskrit parts as southern families give them, a
first part (men's: Thira, Wira, Kitti, Phong, Chana, Thana, Anu, Sutthi, Sitthi, Itthi,
Nithi, Wora, Sura, Yuttha, Phanu, Rattha; women's: Kanok, Wanna, Chira, Supha, Nipha, Siri,
Ratcha, Kamon, Ora, Duang, Thippha, Phimpha, Sasi, Chantha, Wila, Phatcha) joined to a
second (men's: -wat, -phong, -sak, -chai, -phon, -det, -rat, -wit, -sit, -phan, -kon,
-wut, -thon, -thep; women's: -wan, -phon, -wadi, -phen, -thip, -ni, -ya, -rat, -rada,
-lak, -chit, -nari, -thida, -kan); the surnames are the family names the Surname Act of
1913 had each family choose, unique to it: two words of good omen joined, with the first
parts southern names use (Chuai, Raksa, Ritthi, Phet, Sathit, Mahat, Khong, Nuan, Sakda,
Klin, Rueang, Sing, Khiao, Chim) and the endings -sombat, -suwan, -rak, -phan, -det, -rit,
-sin, -siri, -kun, -chit, -nakhon, -pradit, -sawat, -thong; and those of the Thai-Chinese
families of Phuket, Trang, Songkhla and Hat Yai, the family's Hokkien or Teochew clan name
(Lim, Tan, Ong, Khaw, Ngan, Hong, Tae, Chin, Yip, Heng, Tang, Kho, Sia, Lao, Tia, Ko) joined
to a Thai word of good omen (-sakun, -wanit, -thong, -phan, -kit, -chai, -charoen,
-sombat, -suwan, -rat, -chinda, -phanit). In the Royal Thai General System's plain letters
as Thai passports write them, one spelling each; joins of two vowels, of three like letters
and of a part ending in the next part's start left out.

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
Thirawat Thiraphong Thirasak Thirachai Thiraphon Thiradet Thirarat Thirawit Thirasit
Thiraphan Thirakon Thirawut Thirathon Thirathep Wirawat Wiraphong Wirasak Wirachai
Wiraphon Wiradet Wirarat Wirawit Wirasit Wiraphan Wirakon Wirawut Wirathon Wirathep
Kittiwat Kittiphong Kittisak Kittichai Kittiphon Kittidet Kittirat Kittiwit Kittisit
Kittiphan Kittikon Kittiwut Kittithon Kittithep Phongwat Phongphong Phongsak Phongchai
Phongphon Phongdet Phongrat Phongwit Phongsit Phongphan Phongkon Phongwut Phongthon
Phongthep Chanawat Chanaphong Chanasak Chanachai Chanaphon Chanadet Chanarat Chanawit
Chanasit Chanaphan Chanakon Chanawut Chanathon Chanathep Thanawat Thanaphong Thanasak
Thanachai Thanaphon Thanadet Thanarat Thanawit Thanasit Thanaphan Thanakon Thanawut
Thanathon Thanathep Anuwat Anuphong Anusak Anuchai Anuphon Anudet Anurat Anuwit Anusit
Anuphan Anukon Anuwut Anuthon Anuthep Sutthiwat Sutthiphong Sutthisak Sutthichai
Sutthiphon Sutthidet Sutthirat Sutthiwit Sutthisit Sutthiphan Sutthikon Sutthiwut
Sutthithon Sutthithep Sitthiwat Sitthiphong Sitthisak Sitthichai Sitthiphon Sitthidet
Sitthirat Sitthiwit Sitthisit Sitthiphan Sitthikon Sitthiwut Sitthithon Sitthithep
Itthiwat Itthiphong Itthisak Itthichai Itthiphon Itthidet Itthirat Itthiwit Itthisit
Itthiphan Itthikon Itthiwut Itthithon Itthithep Nithiwat Nithiphong Nithisak Nithichai
Nithiphon Nithidet Nithirat Nithiwit Nithisit Nithiphan Nithikon Nithiwut Nithithon
Nithithep Worawat Woraphong Worasak Worachai Woraphon Woradet Worarat Worawit Worasit
Woraphan Worakon Worawut Worathon Worathep Surawat Suraphong Surasak Surachai Suraphon
Suradet Surarat Surawit Surasit Suraphan Surakon Surawut Surathon Surathep Yutthawat
Yutthaphong Yutthasak Yutthachai Yutthaphon Yutthadet Yuttharat Yutthawit Yutthasit
Yutthaphan Yutthakon Yutthawut Yutthathon Yutthathep Phanuwat Phanuphong Phanusak
Phanuchai Phanuphon Phanudet Phanurat Phanuwit Phanusit Phanuphan Phanukon Phanuwut
Phanuthon Phanuthep Ratthawat Ratthaphong Ratthasak Ratthachai Ratthaphon Ratthadet
Rattharat Ratthawit Ratthasit Ratthaphan Ratthakon Ratthawut Ratthathon Ratthathep
Kanokwan Kanokphon Kanokwadi Kanokphen Kanokthip Kanokni Kanokya Kanokrat Kanokrada
Kanoklak Kanokchit Kanoknari Kanokthida Kanokkan Wannawan Wannaphon Wannawadi Wannaphen
Wannathip Wannani Wannaya Wannarat Wannarada Wannalak Wannachit Wannanari Wannathida
Wannakan Chirawan Chiraphon Chirawadi Chiraphen Chirathip Chirani Chiraya Chirarat
Chirarada Chiralak Chirachit Chiranari Chirathida Chirakan Suphawan Suphaphon Suphawadi
Suphaphen Suphathip Suphani Suphaya Supharat Supharada Suphalak Suphachit Suphanari
Suphathida Suphakan Niphawan Niphaphon Niphawadi Niphaphen Niphathip Niphani Niphaya
Nipharat Nipharada Niphalak Niphachit Niphanari Niphathida Niphakan Siriwan Siriphon
Siriwadi Siriphen Sirithip Sirini Siriya Sirirat Sirirada Sirilak Sirichit Sirinari
Sirithida Sirikan Ratchawan Ratchaphon Ratchawadi Ratchaphen Ratchathip Ratchani Ratchaya
Ratcharat Ratcharada Ratchalak Ratchachit Ratchanari Ratchathida Ratchakan Kamonwan
Kamonphon Kamonwadi Kamonphen Kamonthip Kamonni Kamonya Kamonrat Kamonrada Kamonlak
Kamonchit Kamonnari Kamonthida Kamonkan Orawan Oraphon Orawadi Oraphen Orathip Orani Oraya
Orarat Orarada Oralak Orachit Oranari Orathida Orakan Duangwan Duangphon Duangwadi
Duangphen Duangthip Duangni Duangya Duangrat Duangrada Duanglak Duangchit Duangnari
Duangthida Duangkan Thipphawan Thipphaphon Thipphawadi Thipphaphen Thipphathip Thipphani
Thipphaya Thippharat Thippharada Thipphalak Thipphachit Thipphanari Thipphathida
Thipphakan Phimphawan Phimphaphon Phimphawadi Phimphaphen Phimphathip Phimphani Phimphaya
Phimpharat Phimpharada Phimphalak Phimphachit Phimphanari Phimphathida Phimphakan Sasiwan
Sasiphon Sasiwadi Sasiphen Sasithip Sasini Sasiya Sasirat Sasirada Sasilak Sasichit
Sasinari Sasithida Sasikan Chanthawan Chanthaphon Chanthawadi Chanthaphen Chanthathip
Chanthani Chanthaya Chantharat Chantharada Chanthalak Chanthachit Chanthanari Chanthathida
Chanthakan Wilawan Wilaphon Wilawadi Wilaphen Wilathip Wilani Wilaya Wilarat Wilarada
Wilalak Wilachit Wilanari Wilathida Wilakan Phatchawan Phatchaphon Phatchawadi Phatchaphen
Phatchathip Phatchani Phatchaya Phatcharat Phatcharada Phatchalak Phatchachit Phatchanari
Phatchathida Phatchakan
""".split()

SURNAMES = """
Chuaisombat Chuaisuwan Chuairak Chuaiphan Chuaidet Chuairit Chuaisin Chuaisiri Chuaikun
Chuaichit Chuainakhon Chuaipradit Chuaisawat Chuaithong Raksasombat Raksasuwan Raksarak
Raksaphan Raksadet Raksarit Raksasin Raksasiri Raksakun Raksachit Raksanakhon Raksapradit
Raksasawat Raksathong Ritthisombat Ritthisuwan Ritthirak Ritthiphan Ritthidet Ritthirit
Ritthisin Ritthisiri Ritthikun Ritthichit Ritthinakhon Ritthipradit Ritthisawat
Ritthithong Phetsombat Phetsuwan Phetrak Phetphan Phetdet Phetrit Phetsin Phetsiri Phetkun
Phetchit Phetnakhon Phetpradit Phetsawat Phetthong Sathitsombat Sathitsuwan Sathitrak
Sathitphan Sathitdet Sathitrit Sathitsin Sathitsiri Sathitkun Sathitchit Sathitnakhon
Sathitpradit Sathitsawat Sathitthong Mahatsombat Mahatsuwan Mahatrak Mahatphan Mahatdet
Mahatrit Mahatsin Mahatsiri Mahatkun Mahatchit Mahatnakhon Mahatpradit Mahatsawat
Mahatthong Khongsombat Khongsuwan Khongrak Khongphan Khongdet Khongrit Khongsin Khongsiri
Khongkun Khongchit Khongnakhon Khongpradit Khongsawat Khongthong Nuansombat Nuansuwan
Nuanrak Nuanphan Nuandet Nuanrit Nuansin Nuansiri Nuankun Nuanchit Nuannakhon Nuanpradit
Nuansawat Nuanthong Sakdasombat Sakdasuwan Sakdarak Sakdaphan Sakdadet Sakdarit Sakdasin
Sakdasiri Sakdakun Sakdachit Sakdanakhon Sakdapradit Sakdasawat Sakdathong Klinsombat
Klinsuwan Klinrak Klinphan Klindet Klinrit Klinsin Klinsiri Klinkun Klinchit Klinnakhon
Klinpradit Klinsawat Klinthong Rueangsombat Rueangsuwan Rueangrak Rueangphan Rueangdet
Rueangrit Rueangsin Rueangsiri Rueangkun Rueangchit Rueangnakhon Rueangpradit Rueangsawat
Rueangthong Singsombat Singsuwan Singrak Singphan Singdet Singrit Singsin Singsiri Singkun
Singchit Singnakhon Singpradit Singsawat Singthong Khiaosombat Khiaosuwan Khiaorak
Khiaophan Khiaodet Khiaorit Khiaosin Khiaosiri Khiaokun Khiaochit Khiaonakhon Khiaopradit
Khiaosawat Khiaothong Chimsombat Chimsuwan Chimrak Chimphan Chimdet Chimrit Chimsin
Chimsiri Chimkun Chimchit Chimnakhon Chimpradit Chimsawat Chimthong Limsakun Limwanit
Limthong Limphan Limkit Limchai Limcharoen Limsombat Limsuwan Limrat Limchinda Limphanit
Tansakun Tanwanit Tanthong Tanphan Tankit Tanchai Tancharoen Tansombat Tansuwan Tanrat
Tanchinda Tanphanit Ongsakun Ongwanit Ongthong Ongphan Ongkit Ongchai Ongcharoen Ongsombat
Ongsuwan Ongrat Ongchinda Ongphanit Khawsakun Khawwanit Khawthong Khawphan Khawkit
Khawchai Khawcharoen Khawsombat Khawsuwan Khawrat Khawchinda Khawphanit Ngansakun
Nganwanit Nganthong Nganphan Ngankit Nganchai Ngancharoen Ngansombat Ngansuwan Nganrat
Nganchinda Nganphanit Hongsakun Hongwanit Hongthong Hongphan Hongkit Hongchai Hongcharoen
Hongsombat Hongsuwan Hongrat Hongchinda Hongphanit Taesakun Taewanit Taethong Taephan
Taekit Taechai Taecharoen Taesombat Taesuwan Taerat Taechinda Taephanit Chinsakun
Chinwanit Chinthong Chinphan Chinkit Chinchai Chincharoen Chinsombat Chinsuwan Chinrat
Chinchinda Chinphanit Yipsakun Yipwanit Yipthong Yipphan Yipkit Yipchai Yipcharoen
Yipsombat Yipsuwan Yiprat Yipchinda Yipphanit Hengsakun Hengwanit Hengthong Hengphan
Hengkit Hengchai Hengcharoen Hengsombat Hengsuwan Hengrat Hengchinda Hengphanit Tangsakun
Tangwanit Tangthong Tangphan Tangkit Tangchai Tangcharoen Tangsombat Tangsuwan Tangrat
Tangchinda Tangphanit Khosakun Khowanit Khothong Khophan Khokit Khochai Khocharoen
Khosombat Khosuwan Khorat Khochinda Khophanit Siasakun Siawanit Siathong Siaphan Siakit
Siachai Siacharoen Siasombat Siasuwan Siarat Siachinda Siaphanit Laosakun Laowanit
Laothong Laophan Laokit Laochai Laocharoen Laosombat Laosuwan Laorat Laochinda Laophanit
Tiasakun Tiawanit Tiathong Tiaphan Tiakit Tiachai Tiacharoen Tiasombat Tiasuwan Tiarat
Tiachinda Tiaphanit Kosakun Kowanit Kothong Kophan Kokit Kochai Kocharoen Kosombat Kosuwan
Korat Kochinda Kophanit
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round106", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
