#!/usr/bin/env python3
"""Writes round109_first_names.txt and round109_surnames.txt, the hundred-and-ninth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Ewe families of the Anlo coast (Keta, Anloga, Woe, Tegbi and Anyako by the
Keta lagoon), of the rest of the Volta Region (Ho, Hohoe, Kpando, Aflao) and of southern
Togo (Lome, Aneho, Kpalime), and their families since in Accra and abroad; and, as a second
origin for the given names, the given names of the Banyankole and Bakiga families of
south-western Uganda (Ankole and Kigezi: Mbarara, Bushenyi, Ntungamo, Kabale, Rukungiri)
and their families since in Kampala and abroad. Origins the sixth to hundred-and-eighth
rounds' hand-written lists did not cover (no earlier list, row or commit message names the
Anlo, the Volta Region, Keta, Hohoe, Kpando, Aflao, Lome, Aneho, the Banyankole, the
Bakiga, Ankole, Kigezi, Mbarara or Kabale; the earlier lists' Ewe names are those of a
general section of the ninth round's hand-written list, and their Runyankole and Rukiga
names those of a general section of the eleventh round's); see
handwritten_round109_PROVENANCE.md.

    python3 write_round109_names.py

No package, data file or web page is read: the lists are written here. The Ewe given names
are the day names (the day of the week of the birth, as written in Ghana and, with the
diminutive -vi, in Togo: Kodzo, Abla, Yawovi, Kossivi) and the sentence names Ewe parents
give, most of them of God (Mawu) and of thanks, peace, light and a gift (Mawuli,
Mawuenyega, Elikem, Delali, Seyram, Akpene, Nutifafa, Kekeli, Kafui); the Runyankole and
Rukiga given names are the sentence names Banyankole and Bakiga parents give, most of them
of God (Ruhanga, written -mugisha, -mbabazi, -siima in the names) and of thanks and trust
(Ainembabazi, Tumusiime, Twinomugisha, Kyomuhendo, Ahimbisibwe), in the plain letters the
families write in Latin letters. The surnames are the Ewe family names, most of them an
ancestor's name or a sentence name kept (Tamakloe, Dzokoto, Agbenyega, Amegashie,
Gbedemah, Akpalu), and the Togolese spellings of the Ewe and Mina family names (Agbodjan,
Amouzou, Ahlidja, Kpodar).

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

# The Ewe given names.
GIVEN_EWE = """
Kodzo Adzo Kobla Korbla Kaku Yawa Kofi Afi Komi Kwami Kosi Akosua Yawo Abla Aku Ami
Adzoa Ablavi Akuvi Yawavi Afiwa Afiwavi Amivi Akossiwa Kossiwa Adzowa Ablawa Kodjovi
Kossivi Koblavi Kokouvi Yaovi Yawovi Ayawovi Komivi Kofivi Komlanvi Kodjo Kossi Komlan
Kokou Komla Koffi Kwasi Kudzo Kuma Yao Afua Adjowa Akouvi Sessi Essi Essivi Ekoue Mawuli
Mawuena Mawunyo Mawuko Mawusi Mawutor Mawulawoe Mawufemor Mawuenyega Mawuenam Mawufeasi
Mawuse Mawupemor Mawutornyo Mawulikplim Mawunyaga Mawussi Mawunu Mawusenam Mawunya
Mawuenyo Mawunyegah Mawuenyefia Elikem Elinam Elikplim Elorm Elolo Elom Elonam Eyram
Edem Edinam Edudzi Edzorna Enam Enyonam Esinam Esenam Etornam Etornyo Etse Elike Elikana
Edzordzi Edzorm Enyo Dela Delali Delanyo Delasi Delanam Delase Dzidula Dzifa Dzidzor
Dzigbordi Dziedzorm Dzifanu Dziedzom Dumelo Dunyo Dodzi Dodzie Dotsey Dzormeku Fafali
Fafanyo Fafa Gameli Kafui Kafuinam Makafui Kekeli Kekelinam Kalibiam Klenam Korsi Kplorm
Nunana Nunya Nunyuie Nutifafa Nyuiemedi Nyuiemenam Nukunu Sedem Sedinam Sefakor Sefa
Selasi Selikem Selorm Sena Senam Senanu Senyo Seyram Setor Setornam Sename Sitsofe
Sitsope Worlali Worlanyo Worlasi Xorlali Xolali Xornam Xorse Xoese Yayra Yayravi
Yayranam Akpene Akpedonu Akpenamawu Akpe Akpenyo Aseye Aseyenam Akorfa Akofa Akofavi
Ayele Ayelevi Ayivi Lolonyo Lolo Lolovi Lolonam Agbenyo Agbesi Agbeyome Agbelenko Tsidi
Mansa Mansavi Amenyo Ameyo Amevi Amedzro Mensavi Mensa Kplorla Dzatsui Dzomeku Korkor
Kokoe Seyenam Senyuie Vinyo Nyadzi Nyaku Nyavor Edoe Edoh Efoe Sika Afetor Agbo
Gbenyonam Lorlali Mamle Nuworsoo Nuwornu Wovenu Ablade Adzovi Egbenyo Egbe Emefa Esi
Fiavi Mawuke Sedzro Tetevi
""".split()

# The Runyankole and Rukiga given names (the second origin).
GIVEN_ANKOLE_KIGEZI = """
Ainembabazi Atuhaire Ahimbisibwe Tumusiime Twinomugisha Byaruhanga Kyomuhendo Arinaitwe
Ainomugisha Kansiime Mugisha Natukunda Tukamushaba Tusiime Kyarikunda Ahumuza Agaba
Akankwasa Asiimwe Atukunda Ayebare Ainebyoona Kobusingye Komugisha Kyomugisha Mbabazi
Muhwezi Musinguzi Nabimanya Niwagaba Nuwagaba Ninsiima Nkwasiibwe Orishaba Tumuhairwe
Tumwebaze Turyahikayo Twesigye Twinamatsiko Byamukama Bainomugisha Katusiime Kamugisha
Atwine Arinda Ahabwe Akampurira Amanyire Ampaire Asasira Ayesiga Bagyenda Kakuru
Katushabe Kemigisha Kemirembe Mwesigwa Mwesigye Nahabwe Nankunda Natukwatsa Nayebare
Ndyomugyenyi Niwamanya Orikiriza Owomugisha Tibamanya Tumukunde Tushabe Tusingwire
Twebaze Twikirize Abaasa Abigaba Abaho Abenawe Aheebwa Ahereza Ahimbazwe Ainamaani
Ainebyona Akandwanaho Akankunda Akatukunda Akatwijuka Akiiki Amanya Amumpaire Ankunda
Ariho Arineitwe Arinatwe Asaba Asingwire Atuhura Atukwase Atusasiire Atwijukire
Ayinebyona Bahati Baryamwesiga Barigye Beinomugisha Besigye Bwesigye Byabashaija
Byarugaba Kabagambe Kabahweza Kabareebe Kamusiime Kankunda Karungi Katabaazi Katwesigye
Kebirungi Kekirunga Kembabazi Kenyangi Keminyeto Kiconco Kobugabe Kyaligonza Kyampaire
Kyarisiima Kyasiimire Kyokunda Mbonigaba Mucunguzi Muhangi Muhumuza Mujuni Mukiza
Murungi Musiimenta Mutabaazi Mwebesa Nabasa Nabukwasi Nahwera Natuhwera Natumanya
Ndyabahika Ndyanabo Nimusiima Ninshaba Niwagira Niwandinda Nkamushaba Nkunda Nkwasibwe
Nuwamanya Nyakato Nyangoma Orikiiriza Owembabazi Rwabwogo Rwakakamba Tayebwa Tibaijuka
Tukahirwa Tukashaba Tumuhimbise Tumusiimire Tumwesigye Tuhaise Tukwasibwe Tumwine
Turinawe Turyamureeba Twagira Twinamasiko Twinomujuni Twongyeirwe Byamugisha Katusabe
Kyomukama Ahairwe Ahirirwe Akampa Akatwebaze Amanyisa Aryatwijuka Asiimire Atuheire
Atugonza Ayesigye Birungi Boonabaana Kabasinguzi Kampire Katungi Kobusinge Komuhangi
Kyarimpa Kyomugabe Mbabazize Ninsiimire Niwatuha Nuwagira Twesiime Twinomuhwezi
Tumuramye
""".split()

GIVEN = GIVEN_EWE + GIVEN_ANKOLE_KIGEZI

SURNAMES = """
Agbeko Agbenyega Ahiabor Akakpo Amegashie Atsu Attipoe Avornyo Awuku Dogbe Dzokoto
Gbedema Gbeho Kpodo Kwawu Tsikata Fiagbe Gadzekpo Adzraku Agbodeka Agbozo Ahadzie
Akpabli Amuzu Anyidoho Awoonor Dzakpasu Dzidonu Fugar Gbewonyo Hlordzi Kpeglo Kudjawu
Kumordzi Nutsugah Segbefia Setordzi Tamakloe Tsatsu Vormawor Zigah Akorli Alipui Apedo
Atsyor Avorgbedor Dotse Dzamesi Fiawoo Gakpo Gbordzoe Ladzekpo Sefenu Vowotor Wuaku
Ahiadorme Amenuvor Ametepe Amegbe Amedzake Adzorgenu Amewu Avevor Azasoo Dzobo Gbadago
Gbekor Kugbey Kumassah Adzomani Kwawukume Nyaho Ahiable Amedome Amedokpo Agbodjan Ahadji
Akue Adjavon Afanou Agbessi Amouzou Ahlidja Kpodar Tsogbe Agbenou Akpaki Apedoh Assiobo
Ayassou Gbikpi Hodjo Kpodzro Messan Sodokin Tekpa Lassey Amegah Amegee Adedze Adibo
Adika Adonu Adukpo Afatsawo Agbadza Agbanyo Agbemadi Agbemava Agbemenu Agbenorku
Agbetsiafa Agbeve Agbezuge Agboada Agboka Agbolosu Agbosu Agordzo Ahadzi Ahiaku Ahiavor
Ahorlu Akaba Akagla Akatsa Akoli Akortia Akpalu Akpanya Akpatsu Akpedzi Akpeko Akpey
Alifo Alorvor Amanie Amedoe Amedor Amefia Amegatcher Ameku Amematsro Amenorpe Amenudzi
Amevor Amexo Amuah Anku Anyomi Anyadi Apaloo Asigbetse Atiase Atidepe Atisu Atsakpo
Atsegah Atsi Atsivor Atsrim Avemega Avle Avorkliyah Avugla Awadzi Awude Awuye Azaglo
Azamati Azameti Azanu Azaglah Azumah Bansah Bedzrah Dagadu Dekpe Deku Demanya Denu
Detornu Dogah Dometi Dorgbetor Dovlo Dzagbletey Dzahini Dzameshie Dzandu Dzanku Dzathor
Dzebu Dzeagu Dzefi Dziwornu Dzorgbe Dzotsi Dzramedo Egbenya Ekpe Ekpor Esiakor Etsey
Fiadzigbe Fiadzomor Fiaklo Fianu Fiavor Foli Gadagbui Gaglo Gakpetor Gamor Gbadegbe
Gbafa Gbedemah Gbeddy Gbefa Gbegble Gbekle Gbemu Gbeve Gbolonyo Glikpo Gokah Gomado
Gozah Hadzi Hadzide Hadzor Hanu Hedidor Hevi Hlomador Hodzi Hoedoafia Kaledzi Kemevor
Keteku Klu Klutse Kodzi Kofiga Kornu Kotoka Kpeli Kpentey Kpogo Kporha Kpoku Kpotor
Kudadze Kuevi Kugbe Kulevome Kumah Kumodzi Kutsienyo Kuwornu Kwadzo Kwakuvi Ladzagla
Lawoe Legbedze Letsa Lotsu Mamattah Mensah Modzaka Morkli Nenyo Nkegbe Norvor Nudekor
Nutakor Nuworkpor Nyamadi Nyamedor Nyanyo Nyarku Nyatefe Nyavi Nyuieme Ocloo Sakpoe
Sedegah Semefe Senaya Sepenu Setsoafia Sewornu Sosu Tordzro Tornyi Torsu Tsagli Tsakpo
Tsegah Tsekpo Tsevi Tsikpo Tsiagbe Tsidzi Tugbenyoh Vorkeh Wemegah Woanya Wornyo Yawotse
Yiboe Zagbede Zikpi Zormelo Adzah Agudze Ahortor Akuaku Ameyibor Aposu Atisey Attiogbe
Avotri Axame Azorliade Bokor Dawoe Dedume Dogbey Dorkenoo Dosoo Dzeble Etsri Fiifi
Gbesemete Hodowu Kemeh Tagbor Tettevi Tsatsui Vedzi Wonyah Yibor Zogli Agbetoglo Kpeglah
Amegavie Atieku Avegah Azasi Dzeagbe Ahiakpor Amenumey Amevenku Atidzah Avorgah
Dekporkie Dzivenu Gbeckor Hlortu Klogo Kpormegbe Nutornutsi Sorkpor Torgbor Wotordzor
Gavor Agbenowosi Akapame Akpeloo Ametewee Atsutse Dzadey Gbetodeme Kudiabor Tsorgali
Xatse
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round109", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
