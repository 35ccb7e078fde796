#!/usr/bin/env python3
"""Writes round124_first_names.txt and round124_surnames.txt, the hundred-and-twenty-fourth
round's measuring names, from the names written out below by hand: the given names and
the family names of the rural families of Rajasthan (Shekhawati, Bikaner, Jodhpur and
Nagaur, Jaipur and Ajmer, Hadoti and Mewar, and the same families abroad). An origin the
sixth to hundred-and-twenty-third rounds' hand-written lists did not cover as a list's
origin (no earlier list, row or commit message names Rajasthan, Shekhawati, Bikaner,
Jodhpur, Jaipur, Ajmer, Mewar, Hadoti, Udaipur, Sikar, Jhunjhunu, Nagaur or the Bishnoi as
an origin; an earlier general list named the Marwari trading families among many origins,
and others Rajput, Bhil and Dogra clans, whose names the drops read, so they do not come
back); see handwritten_round124_PROVENANCE.md.

    python3 write_round124_names.py

No package, data file or web page is read: the lists are written here. The given names
are the given names the families give, men's then women's, with the endings the families
add (-ram, -lal, -mal, -singh, -chand, -dan for men; -devi, -kanwar, -bai for women), and
the short and pet names borne as given names; the surnames are the clan names of the
Jat, Bishnoi, Rajput, Charan, Meena, Gurjar, Raika and artisan families of Rajasthan,
borne as surnames. Some names are written in two spellings the families use in English.

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

# The given names of the families, men's then women's, each written as one word.
GIVEN_RAJASTHAN = """
Bhanwarlal Bhanwar Bhawani Bhawanisingh Ugamsingh Ugam Kesarsingh Chhotu Chhotulal
Mangilal Chhaganlal Babulal Jethmal Jethu Lunkaran Sawai Sawaisingh Girdhari Girdharilal
Ganpat Ganpatram Hanuman Hanumanram Bhagirath Omprakash Sukhram Bhomaram Bhomsingh
Gigaram Bhikharam Pabuaram Pabudan Mularam Hemaram Khetaram Jetharam Doongaram Dungaram
Chimnaram Tejaram Sohanlal Chunnilal Pannalal Madanlal Ratanlal Kanhaiyalal Banshilal
Bansilal Bhairulal Bheruram Bherulal Gheesalal Ghisaram Nathuram Nathulal Kishanlal
Shankarlal Gopalram Rampratap Ramniwas Ramnarayan Ramkaran Ramdev Ramdeen Ramswaroop
Ramkishore Harlal Harphool Hardayal Hariram Harisingh Pemaram Premaram Poonaram Punaram
Purkharam Ladooram Ladulal Kaluram Kanaram Kishnaram Mohanram Mangaram Mangalaram
Manaram Narayanram Narpat Narpatsingh Nenaram Nemaram Nemichand Padamsingh Parasram
Peeraram Phoolchand Phusaram Poonamchand Prabhuram Prahladram Rawatram Rewantram Roopram
Roopsingh Rugharam Sawaram Shrawanram Sheoram Shivlal Sultanram Surjaram Talaram
Tulsaram Udaram Vagaram Baldevram Bhagwanaram Birdhichand Birmaram Chainaram Chetanram
Dalaram Dhannaram Dhanaram Dungarsingh Gangaram Gordhan Goverdhan Hiralal Hukmaram
Indraram Isaram Jaikishan Jeevanram Jiyaram Jograj Kheemaram Khemaram Khumaram Lalaram
Lakhmaram Lichhmanram Maliram Manphool Mohabbatsingh Mokhamsingh Motiram Mukhram
Naraindan Onkarsingh Onkarlal Pratapsingh Rajuram Ranjeetsingh Sadulram Sagarmal
Sanwarmal Sanwarlal Sawarmal Shaitansingh Shersingh Shivdan Shivnath Shyamlal Sohanram
Sumersingh Tejsingh Ummedsingh Umedsingh Zorawarsingh Jorawar Bhanwarsingh Devisingh
Devilal Dhokalram Gajendrasingh Gulabchand Gulabsingh Hanwantsingh Himmatsingh
Indersingh Jabbarsingh Jeetmal Kalyansingh Karansingh Khinwsingh Labhuram Laxmanram
Madhosingh Mangejsingh Naharsingh Nathusingh Padmaram Prithvisingh Raghunathsingh
Rawatmal Sardarsingh Shambhusingh Swaroopsingh Tarachand Ugmaram Jhabarmal Kishorsingh
Bhinyaram Danaram Chokharam Bhairaram Khangaram Moolchand Moolaram Bhojraj Bhomraj
Chandraprakash Dalpat Dalpatsingh Deepsingh Dhanraj Dungarram Gopaldan Hamirsingh
Heeralal Jagmal Jaisingh Jaitaram Kanaksingh Kesaram Khetsingh Kishnaramji Lakhsingh
Magharam Mahaveer Mangalsingh Nagaram Nandram Nararam Pooranmal Pokarram Rewatsingh
Sabalsingh Shravan Tikamchand Ummaram Vijaysingh Bheemaram Chandrasingh Jaswantram
Kalusingh Kheenvsingh Motisingh Paboosingh Ramsukh Sukhdevram Sugnaram
Bhanwari Bhanwaridevi Kamladevi Sua Suki Gavri Dhapu Dhapudevi Kesardevi Sugni Kanku
Dhanni Motyan Naraini Manbhar Bhuri Bhuridevi Chandri Imarti Jamnadevi Kasturi Lichmi
Mangi Mangidevi Mooli Moolidevi Nathi Nathidevi Pepi Rukma Sayar Sohani Sugna Teeja
Teejan Hemi Heeri Jeevani Kamli Kesri Keshar Maina Mainadevi Parmeshwari Patasi Phooli
Phoolidevi Rami Ramkanwar Rampyari Ratni Roopi Roopkanwar Sampat Gordhani Jamni Jeevni
Kankubai Mohri Naini Panni Santra Sohini Surajkanwar Tarawati Padamkanwar Bhanwarkanwar
Chandkanwar Gulabkanwar Sugankanwar Mohankanwar Ratankanwar Indrakanwar Anchi Dhapi
Gangadevi Gomtidevi Hulasi Indradevi Jethi Kalawati Kanchandevi Kaushalyadevi Lalidevi
Maghi Manohari Mehri Naraindevi Pushpadevi Rajkanwar Rukmadevi Sajjankanwar Santoshdevi
Sayari Shantidevi Sitadevi Sukhidevi Sundari Tulsidevi Vimladevi Anchidevi Bhagwatidevi
Champa Champadevi Dhanidevi Gattu Gigli Hansa Jasoda Jaskanwar Kamlakanwar Kesarkanwar
Lehri Madhukanwar Mamtadevi Mankanwar Nandkanwar Pannadevi Pepidevi Prembai Pyaribai
Rambai Sonibai Sugnibai Tejkanwar Umrao Umraokanwar Usha Vidyadevi Yashodadevi
""".split()

# The clan and family names of the families, each written as one word.
SURNAMES_RAJASTHAN = """
Rathore Rathor Shekhawat Bhati Chundawat Ranawat Shaktawat Jhala Deora Hada Kachhwaha
Kachhawa Sisodia Tanwar Panwar Solanki Parihar Champawat Jodha Mertiya Mertia Udawat
Karnot Kumpawat Bidawat Naruka Rajawat Nathawat Khangarot Jetawat Bikawat Karmsot
Rupawat Mandawat Sodha Sankhla Sonigara Khinchi Balot Chandawat Dodiya Jadaun Jaitawat
Jaitmalot Lakhawat Pokarna Bhadu Godara Beniwal Jakhar Poonia Punia Saharan Dudi
Kaswan Mahla Khichar Bhakar Siyag Jyani Bana Manju Budania Burdak Dotasra Dular
Dhayal Gathala Hudda Jhajharia Kalirana Kulhari Kularia Mahria Mahariya Meel Mundel
Nehra Ola Pilania Ranwa Rewar Sewda Sheoran Sihag Siyol Sunda Thalod Bijarnia Bhambu
Bhinchar Chahar Dhetarwal Dudwal Dhukia Inania Kajla Karwasra Khileri Legha Mothsara
Nain Nitharwal Phogat Saran Sangwan Sutaliya Tetarwal Tarad Baswal Deenwal Bhukar
Delu Karir Bhambhu Jharwal Bairwa Katara Marada Ghunawat Bamanawat Jorwal Mahawar
Nareda Salawat Dhanawat Badgoti Bainsla Kasana Bhadana Khatana Poswal Chechi Awana
Harsana Karhana Jangid Suthar Kumawat Prajapat Paliwal Dadhich Pareek Barhath Kaviya
Ratnu Asiya Mehdu Lalas Rohadia Kiniya Bithu Sandu Mishran Garasia Damor Ninama Kharadi
Bhagora Dindor Ahari Dewasi Raika Lamoria Bishnoi Jhambhani Gehlot Tak Kachhwa Borana
Bhamu Chaudhary Dhindhwal Gora Garhwal Jajra Kularia Lohmarod Loor Maan Mahiya Moond
Naga Rulania Sabal Sewar Sunda Thakan Thory Thori Bagariya Bagaria Bhakhar Bhaleria
Chotia Dhaulia Dhiwal Fagodia Gaderia Ghintala Gill Jhuria Khokhar Kudi Lathar Matwa
Nagal Pachar Ramgarhia Rundla Shyoran Sukhadia Tandi Thoria Balach Bhinda Chhaba
Dudhwal Gadhwal Ghasal Gurha Hooda Jhakal Kalwania Kantiwal Khedar Khoja Lamba Mirdha
Moga Nimbadia Odedra Rinwa Samota Sehra Sinsinwar Tatarwal Thakarwal Tomar Bhojak
Chandel Dahiya Gaur Jhinjha Kaswa Khatik Mahecha Megwal Meghwal Motsara Nayak Pawar
Ranga Regar Salvi Sargara Solankee Sundesha Thanvi Vyas Bothra Kalbelia Jogi Bhopa
Langa Manganiyar Dholi Mirasi Sansi Bawri Banjara Gadoliya Lohar Kalal Chhipa Nilgar
Rangrez Ghanchi Teli Tamoli Sirvi Choyal Kag Hamad Parmar Bhil Meghwanshi Raigar
Kirad Dhakar Nagar Lodha Malav Kharol Dhakad Kir Mogiya Sahariya
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list; no surname that is also written
# as a given name.
GIVEN = GIVEN_RAJASTHAN
SURNAMES = [name for name in SURNAMES_RAJASTHAN if name not in set(GIVEN_RAJASTHAN)]


def main() -> None:
    write_kept_given_and_surnames("round124", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
