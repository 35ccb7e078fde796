#!/usr/bin/env python3
"""Writes round110_first_names.txt and round110_surnames.txt, the hundred-and-tenth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Nair and Ezhava families of Travancore (southern Kerala: Thiruvananthapuram,
Kollam, Alappuzha, Pathanamthitta and Kuttanad), the surnames their house names, and their
families since in Kochi, the Gulf and abroad; and, as a second origin (the Travancore given
names left after the drops were fewer than 250), the given names and family (okka) names
of the Kodava families of Kodagu (Coorg: Madikeri, Virajpet, Somwarpet) and their families
since in Bengaluru and abroad. Origins the sixth to hundred-and-ninth rounds' hand-written
lists did not cover (no earlier list, row or commit message names the Nairs, the Ezhavas,
Travancore, Thiruvananthapuram, Trivandrum, Kollam, Alappuzha, Pathanamthitta, Kuttanad,
Coorg, Kodagu, Madikeri or Virajpet; the earlier lists' Malayalam names are those of the
general lists and of other Kerala communities' hand-written lists, and their Kodava names
those of a general section of the eleventh round's hand-written list); see
handwritten_round110_PROVENANCE.md.

    python3 write_round110_names.py

No package, data file or web page is read: the lists are written here. The Travancore
given names are the Malayalam given names of Nair and Ezhava families (Unnikrishnan,
Sasidharan, Thankappan, Sreelatha, Ammini), the pet names and the names with kunju- and
kochu- (little) before them that are used as given names (Kunjumol, Kochukrishnan), and
those of the younger generation (Jithin, Aswathy, Sreelakshmi); the surnames are the house
names (tharavad and veedu names) Travancore families write as their surnames, most of them
a place of the house and a word for house, compound or land (Puthenveettil,
Kizhakkevila, Thekkemadom, Valiyaparambil). The Kodava given names are those with -appa,
-aiah and -anna for men and -amma for women (Bopanna, Kariappa, Thimmaiah, Dechamma,
Poovamma) and their short forms (Appachu, Dechu); the Kodava surnames are the okka (clan)
names Kodava families write before the given name (Biddanda, Kaliyanda, Mukkatira,
Chendrimada). In plain letters, as the families write them in Latin letters.

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

# The Travancore Nair and Ezhava given names.
GIVEN_TRAVANCORE = """
Unnikrishnan Gopakumar Sasidharan Sudhakaran Ravindran Balakrishnan Sreedharan Madhavan
Raghavan Appukuttan Ayyappan Kochappan Kuttan Bhaskaran Damodaran Gangadharan
Janardhanan Karunakaran Padmanabhan Prabhakaran Sivasankaran Thankappan Velayudhan
Vasudevan Sreelatha Ambili Ammini Kunjamma Thankamma Kalyani Karthyayani Devaki Sarojini
Sumathi Lathika Bindu Sindhu Resmi Remya Soumya Sreekumar Sreenivasan Sreejith Sreeraj
Sreekanth Sreehari Sreenath Sreedevi Sreeja Sreekala Sreerekha Sreevidya Sreelekha
Sreeparvathy Sreelakshmi Sreenandana Anilkumar Sunilkumar Santhoshkumar Rajeshkumar
Vinodkumar Pradeepkumar Sureshkumar Dileepkumar Binukumar Shajikumar Sajikumar Biju Saji
Shaji Manoj Sanoj Sajeev Rajeev Sanjeev Vineeth Vipin Jithin Jithesh Nithin Nithesh
Sujith Sumesh Sanish Sinish Rathish Ratheesh Sathish Satheesan Sathyan Sathyaseelan
Suseelan Sukumaran Sudheer Sudheesh Sunil Anil Renjith Renjini Ranjith Reji Reshmi
Rejani Rajani Rajalakshmi Aneesh Anoop Anuraj Anupama Aswathy Athira Arya Anjali Anju
Anjana Amrutha Amritha Akhila Akhil Abhilash Abhijith Aravind Arjun Adarsh Aiswarya
Aparna Archana Ardra Athulya Ashwin Anagha Anusree Anupriya Anitha Ajitha Ajith Ajay
Arun Aruna Asha Ambika Ammu Ammukutty Appu Achu Unni Unnimaya Kannan Kichu Kuttu Chinnu
Chakki Manikuttan Ponnu Ponnamma Pappan Pappu Kunju Kunjumol Kunjikrishnan Kunjunni
Kunjukuttan Kunjulakshmi Kochukrishnan Kochunarayanan Narayanan
Raman Krishnankutty Gopalakrishnan Ramachandran Ramakrishnan Radhakrishnan Muraleedharan
Sasikumar Sasi Madhu Madhusoodanan Mohanan Mohandas Haridas Harikumar Harikrishnan
Hareesh Harish Haridasan Devadas Devadasan Dinesan Divakaran Chandran Chandrasekharan
Chandramohan Chandrika Chandramathi Chellappan Chellamma Chenthamarakshan Chithra
Chithralekha Dakshayani Devayani Gomathi Gowri Girija Geetha Geethakumari Gireesh
Gireeshkumar Girish Gopinathan Gopi Gopalan Govindan Indira Indu Indulekha Jalaja Janaki
Jayakumar Jayan Jayasree Jayalakshmi Jayachandran Jayaprakash Jyothi Jyothish Kamalakshi
Kamala Kamalam Karthika Karthikeyan Kesavan Kesavankutty Kochurani Krishnakumar
Krishnakumari Kumaran Kumari Lalitha Leela Leelamma Leelavathi Lekha Lakshmikutty Lalu
Latha Madhavikutty Madhavi Mallika Manju Manjusha Manikandan Meenakshi Mini Minikumari
Mohanakumari Nalini Nandini Nandakumar Nandakishore Narayani Neelakandan Omana
Omanakuttan Padmakumar Padmaja Padmini Parukutty Parvathy Pavithran Ponnappan Prasanna
Prasannakumari Prasad Pratheesh Prabha Prabhavathy Pramod Prameela Preetha Premkumar
Premachandran Pushpa Pushpangadan Pushpalatha Radhamani Radhika Raghunathan Rajan
Rajendran Rajagopal Rajasekharan Rajamma Rajasree Rajitha Ramani Ramanan Rameshan Rathi
Ravi Ravikumar Rema Remadevi Reghu Reghunath Rugmini Sadanandan Sadasivan Sahadevan
Sajitha Sajini Salini Santha Santhakumari Saradha Sarada Saraswathy Sarasamma Sasikala
Savithri Seetha Seethalakshmi Shanthi Shobha Shobhana Shylaja Sivadasan Sivan Sivaprasad
Sivakumar Sobhana Sobha Subhadra Sudha Sudhamani Sugathan Suguna Sujatha Sukanya
Sulochana Surendran Suresh Susheela Syamala Syamkumar Thankamani Thulasi Thulasidharan
Uma Usha Ushakumari Vanaja Vasantha Vasanthakumari Vasumathi Vatsala Vijayakumar Vijayan
Vijayalakshmi Vilasini Vimala Vinayan Vinayakumar Vishnu Viswanathan Viswambharan Yamuna
Valsala Vanajakshi Bhargavi Bhasi Bhavani Chellamani Dharmarajan Gangadevi Kanakam
Kanakamma Karthyayaniamma Kausalya Kochammini Kunjipennu Lakshmanan Maheswari Malathi
Manoharan Muralidharan Nanu Neelakantan Padmavathi Pankajakshi Parameswaran Pavithra
Ponnan Rajamani Sankaran Sankarankutty Saseendran Sreedharankutty Sudarsanan Thankachi
Velayudhankutty Vidyadharan Deepu Dipin Jibin Libin Sibin Vibin Bibin Sebin Shibu Shinu
Shiju Sheeja Sheeba Shyni Shiny Sini Sinu Sibi Bijukumar Bineesh Binoy Bindhu Dhanya
Divya Deepa Deepthi Keerthana Keerthi Krishnendu Lekshmi Lekshmipriya Neethu Nimisha
Nisha Nikhil Nikhila Praveen Praveena Reshma Rohini Sandhya Saranya Sarath Sooraj
Sreejesh Sruthi Sumi Swathi Vidya Vineetha Vismaya Gopika Devika Devananda Devapriya
Sivani Malavika Meera Nandana Niranjana Parvana Sreya Theertha Vaiga Vaishnavi Abhirami
Adithya Advaith Amal Ameya Anirudh Anandu Ananthu Anand Ananthakrishnan Akshay
Amarnath Arjith Aswin Goutham Harigovind Hrishikesh Jishnu Midhun Mithun
Nandhu Navaneeth Pranav Rahul Roshan Sachin Sanju Varun Vignesh Vysakh Vyshakh Yadhu
Yadukrishnan
Kochukunju Kunjuraman Kunjunarayanan Kochuraman Kochunni Kochukuttan Kunjulekshmi
Rajalekshmi Vijayalekshmi Bhagyalekshmi Dhanalekshmi Santhalekshmi Jayalekshmi
Ambikakumari Girijakumari Sobhanakumari Ushadevi Lekshmikutty Parvathykutty Kalyanikutty
Devakikutty Meenakshikutty Ramankutty Gopalankutty Narayanankutty Velukutty Sreekandan
Sreekumari Gopakumari Sasikumari
""".split()

# The Kodava given names (the second origin).
GIVEN_KODAVA = """
Bopanna Kariappa Thimmaiah Cariappa Appaiah Ponnappa Chengappa Muthanna Ganapathy
Somanna Belliappa Nanjappa Kushalappa Machaiah Uthappa Aiyappa Monnappa Subbaiah
Poovaiah Chinnappa Devaiah Kalappa Medappa Nachappa Nanaiah Nanjamma Bollamma Muthamma
Bojamma Dechamma Machamma Thangamma Pemmaiah Kalamma Seethamma Chittiappa Karumbaiah
Mandanna Muddappa Appachu Chinnamma Achaiah Achappa Aiyanna Appanna Bheemaiah Bidappa
Bopaiah Boppanna Changappa Dechu Devanna Ganapathi Iyappa Kaverappa Kalaiah Kalyanappa
Kuttappa Kuttaiah Madappa Mandappa Medaiah Monappa Muddaiah Muthappa Nanjundappa
Nanjunda Ponnanna Poonacha Poovanna Pooviah Rajappa Somaiah Thammaiah Thimmappa
Thimmanna Uthaiah Uttaiah Bellu Bopu Mutthu Nanju Poovu Somu Thimmu Bojappa Bopiah
Chengaiah Chittiyappa Kaliappa Kunjappa Madaiah Nachaiah Poovappa Thammu Bollu Bojie
Kaveri Kaveramma Poovamma Seethu Thangu Tangamma Chondamma Deviamma Gangamma Jaji Machu
Motti Muthu Neelamma Neeli Sharadamma Sitamma Subbamma Tayamma Gowramma Appamma
""".split()

GIVEN = GIVEN_TRAVANCORE + GIVEN_KODAVA

# The Travancore house names written as surnames.
SURNAMES_TRAVANCORE = """
Puthenpurackal Kizhakkedathu Vadakkedath Thekkekara Padinjarekara Kalathil Puthenveettil
Chirayil Pallathu Thundiyil Parambil Kunnumpurath Ambattu Melepurath Thazhathu Kuzhiyil
Valiyaveettil Edathil Kandathil Puthiyaveettil Nedumpurath Thottathil Kochuparambil
Mannil Moolayil Kadavil Pulikkal Vazhayil Kochupurackal Kizhakkevila Padinjarevila
Thekkevila Vadakkevila Melevila Thazhevila Puthenvila Kuzhivila Kunnuvila Plavila Mavila
Thengumvila Kallumoottil Alummoottil Kochuveedu Valiyaveedu Puthenveedu Karikkakathu
Thundathil Kottarathil Chempakassery Vattaparambil Edayilaveedu Madathil Madathilveedu
Thekkemadom Vadakkemadom Kizhakkemadom Padinjaremadom Puthenmadom Melemadom Thekkethil
Vadakkethil Kizhakkethil Padinjattethil Thekkeveettil Vadakkeveettil Kizhakkeveettil
Padinjareveettil Puthenpura Puthenpurayil Thekkumkara Vadakkumkara Kizhakkumkara
Padinjattumkara Thekkumthala Vadakkumthala Kizhakkumthala Padinjattumthala Thekkumpuram
Vadakkumpuram Thekkedathu Padinjaredathu Meledathu Thazhedathu Kizhakkemuri
Padinjaremuri Thekkemuri Vadakkemuri Kizhakkeveedu Padinjareveedu Thekkeveedu
Vadakkeveedu Meleveedu Thazheveedu Kallarakkal Kallaracheril Kalarickal Kalappurakkal
Kanjirathinkal Kanjiravila Karimpanakkal Karippal Kattukandathil Kavumpurath Kavuvila
Kayyalakkal Kochukizhakkethil Kollamparambil Koottumkal Kulathunkal Kulathinkara
Kulangara Kunnathu Kunnathuveedu Kunnuparambil Kuzhikkattil Madhavavilasam Mangalathu
Mankuzhi Marangattu Mulamoottil Mullakkal Mulluvila Murukkumpuzha Nadayil Nediyavila
Nellikkal Olickal Palamoottil Panackal Panavila Pandarathil Parayil Pathiyil Pattathil
Pazhayaveedu Pazhayavila Perumpallil Perumbadavil Plamoottil Plavilakam Poovathumkal
Pottayil Pulimoottil Puthukkulangara Puthuvalvila Thadathil Thalackal Thannikkal
Thaniyil Thattarakath Thazhakkal Thekkeparambil Thengumthottathil Thottumkal Thuruthel
Vadakkumvila Valiyakulangara Valiyaparambil Vallikunnathu Vayalil Vayalarikathu Veliyil
Vettuvila Vilayil Melevilayil Thekkevilayil Puthenvilayil Vadakkevilayil Kizhakkevilayil
Kallumpurath Chalil Charuvila Cheruvila Chittezhathu Edavilakam Erumathala Kaithavana
Kalluvila Kannankara Karuvelil
""".split()

# The Kodava okka (clan) names (the second origin).
SURNAMES_KODAVA = """
Bollachettira Kaliyanda Kodandera Machimanda Palecanda Chendrimada Ajjikuttira Kuttanda
Mukkatira Pattada Puliyanda Ballachanda Biddanda Chottanda Kambeyanda Kongetira
Mandetira Nellamakkada Mallengada Iychettira Chepudira Kotera Maletira Kalengada Kodira
Ammatanda Mapangada Bolanda Ajjamada Ajjinikanda Alemada Alluranda Ammanichanda
Apparanda Balyatanda Bachamada Badumanda Bottolanda Cheppudira Chendanda Chekkera
Choteyanda Decheranda Guddanda Kalimada Kallichanda
Karthamada Kattera Kelapanda Kokkalera Kollimada Kuppanda Kuttetira
Machamada Madanda Madetira Mallanda Manavattira Mandepanda Meriyanda Mookonda Muckatira
Nayakanda Nellira Palanganda Paleyanda Pandanda Pardanda Pemmanda
Poovanda Somayanda Thathanda Tholanda Uthanda
Kodimaniyanda Kuppudira Maneyapanda Mollera Mundanda Nellamada Paruvangada
Bittianda Cheranda Kechettira Kunjanda Malachira Mandira
Ponnimada Thamanda Appachira Bollanda
Chettimada Kaliyamada Kembanda Kolumanda Kottera Kulletira Mechanda
Mottanda Nerpanda Pattamada
""".split()

SURNAMES = SURNAMES_TRAVANCORE + SURNAMES_KODAVA

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round110", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
