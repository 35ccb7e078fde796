#!/usr/bin/env python3
"""Writes round123_first_names.txt and round123_surnames.txt, the hundred-and-twenty-third
round's measuring names, from the names written out below by hand: the given names and
the family names of the Odia-speaking families of Odisha (the coastal districts, the
western uplands and the southern hills, and the same families abroad). An origin the
sixth to hundred-and-twenty-second rounds' hand-written lists did not cover as a list's
origin (no earlier list, row or commit message names the Odia families, Odisha, Orissa,
Cuttack, Bhubaneswar, Sambalpur, Ganjam, Balasore or Berhampur as an origin; an earlier
general list (the eighth round's) named Odia names among many origins, whose names the
drops read, so they do not come back); see handwritten_round123_PROVENANCE.md.

    python3 write_round123_names.py

No package, data file or web page is read: the lists are written here. The given names
are the given names the families give, men's then women's: names of the gods and of good
omen written as one word as Odia records write them in English (b for v, u for the
vocalic r, s for sh in the older spellings), with the endings the families add (-charan,
-bandhu, -bihari, -nanda, -kishore, -dhar for men; -laxmi, -lata, -prava, -rani, -mani,
-smita, -rekha, -mayee for women), and the pet names borne as given names; the surnames
are the family names of the Odia castes (among them the titles the old courts gave,
borne as surnames) and the clan and family names of the peoples of the Odisha hills
(the Kondh, the Saora, the Bonda, the Ho, the Santal, the Oraon and others). Some names
are written in two spellings the families use in English.

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

# The given names of the Odia families, men's then women's, each written as one word.
GIVEN_ODIA = """
Jagannath Jagannatha Jagabandhu Jagadish Jadumani Jaykrushna Jayakrushna Harekrushna
Radhakrushna Gourahari Gourahari Hrushikesh Hrusikesh Nrusingha Nrusinghanath Narasingha
Krushna Krushnachandra Krushnakanta Kahnu Kanhu Kanhucharan Banamali Bansidhar
Banshidhar Baishnab Baishnaba Bhagaban Bhagabat Bhagirathi Bhikari Bhikaricharan
Biranchi Biranchinarayan Brundaban Brundabana Baidhar Banchhanidhi Bauribandhu Baikuntha
Baikunthanath Benudhar Bhabagrahi Bhabani Bhabanisankar Bichitra Bichitrananda Bidyadhar
Bijay Bijaya Bijayananda Bikash Bikram Bimal Binod Binodbihari Bipin Biswanath Biswajit
Biswaranjan Biswabhusan Braja Brajabandhu Brajakishore Brajamohan Brajasundar Chakradhar
Chaitanya Chandramani Chandrasekhar Chintamani Chitta Chittaranjan Dambarudhar Damodar
Dandapani Daitari Debabrata Debadutta Debasis Debashis Debendra Debiprasad Dhaneswar
Dharanidhar Dhruba Dhirendra Dibakar Dibyasingha Dillip Dilip Dinabandhu Dinanath
Duryodhan Durgacharan Durgamadhab Ekadashi Gadadhar Gajendra Ganeswar Gangadhar
Ghanashyam Ghanashyama Girish Gobardhan Gobinda Gokulananda Golak Golakbihari Gopabandhu
Gopal Gopinath Gouranga Gourishankar Gunanidhi Gyana Gyanaranjan Haladhar Harapriya
Harekrushna Harihar Hariprasad Harishchandra Hemanta Himansu Himanshu Indramani Ishwar
Jadunath Janardan Jatindra Jayanta Jibanananda Jitendra Jogendra Jogeswar Jyotiranjan
Jyotirmaya Kailash Kalandi Kalandicharan Kalicharan Kamalakanta Kamalalochan Karunakar
Kartik Kasinath Keshab Khageswar Kishore Kulamani Kunja Kunjabihari Laxmidhar Laxmikanta
Laxminarayan Lingaraj Lokanath Madan Madanmohan Madhab Madhaba Madhusudan Maguni
Mahendra Mahesh Maheswar Manas Manasranjan Manoranjan Manmath Muralidhar Nabakishore
Nabaghana Nakula Narayan Natabar Nilamadhab Nilakantha Nilambar Niranjan Nityananda
Pabitra Padmalochan Padmanabha Paramananda Pitambar Prafulla Prahallad Pramod Prasanna
Prasanta Prasant Pradipta Premananda Priyabrata Prabhakar Prabhas Purna Purnachandra
Purusottam Rabindra Rabinarayan Radhakanta Radhamohan Radhashyam Raghunath Rajkishore
Ramachandra Ramakanta Ramesh Rasananda Rasbihari Ratnakar Rudranarayan Sachidananda
Sadananda Sadasiba Sambit Sanatan Sankarsan Santanu Sarat Saratchandra Sarbeswar Saroj
Sashibhusan Satyabrata Satyananda Sibaram Sibaprasad Sibanarayan Siba Sisir Shyamsundar
Sridhar Subash Subhash Subrat Sudarsan Sudhansu Sudhanshu Sudhir Sukadev Sukanta
Surendra Suryamani Susanta Tapan Tarini Taranisen Trilochan Tusar Udayanath Umakanta
Upendra Utkal Baladev Balaram Balabhadra Basudev Basanta Batakrushna Bhaskar Bijaykumar
Binaya Birakishore Bishnu Bishnuprasad Chandan Chinmay Debaraj Dhananjay Gyanendra
Jagadananda Jogesh Kamadev Kshirod Kshirodchandra Laxman Litu Lulu Mamun Muna Pintu
Rinku Pappu Subu Tuku Bapi Bapun Raju Sunil Sushil Soumya Soumyaranjan Smruti
Smrutiranjan Subhranshu Sidhartha Sibasis Satyajit Sasank Saswat Rudra Rajat Pratyush
Pritam Prateek Omm Kaustav Jyotiprakash Debadatta Chinmaya Biswas Bibhuti Bibhuti
Bibhudatta Asutosh Ashok Amiya Akshaya Ananta Anantaram Anirudha Arabinda Arakhita Arjun
Abhimanyu Abhaya Adikanda Aditya Alekh Ambika Amulya Ankit Bhubanananda
Sasmita Smita Smitarani Bijayalaxmi Bishnupriya Jharana Jyotsnarani Jyotsna Kabita
Kalpana Kuni Laxmipriya Minati Mamata Mousumi Namita Nirupama Pramila Puspanjali
Puspalata Rashmita Rasmita Rojalin Rojalini Sabita Sanghamitra Sarojini Snigdha
Subhashree Subhasree Sucharita Sujata Sulochana Swagatika Tapaswini Ipsita Itishree
Lipsa Lipsita Lopamudra Madhusmita Manasi Monalisa Nibedita Pravati Prabhati Sagarika
Sanjukta Sarmistha Sebati Subhadra Suchismita Sunanda Susama Swarnaprava Swarnalata
Urmila Binodini Chinmayee Debasmita Dipti Diptimayee Gitanjali Jayashree Jayasree
Anuradha Annapurna Arundhati Bandana Banalata Basanti Basantilata Bidulata Bijaylaxmi
Binapani Champa Chandrama Chandrakala Damayanti Debaki Gouri Gourimani Harapriya
Hemalata Hiranmayee Indumati Janaki Jamuna Jasoda Jayanti Jemamani Kamala Kanaklata
Kaushalya Kuntala Laxmi Laxmimani Lilabati Lipika Madhabi Madhulika Malati Mamina
Mandakini Manorama Meenakshi Mitali Mrunalini Nalini Nandini Niharika Nilima Nirmala
Padmabati Padmini Parbati Prabhabati Pragyan Pragyansmita Prangya Prativa Premalata
Priyadarshini Priyambada Puspita Radhamani Rajashree Ranjita Rasmirekha Rupali Sabitri
Sabitarani Sailabala Sandhyarani Sangita Sanjibani Saraswati Sarita Sasirekha Satyabhama
Sebatirani Shantilata Sibani Sikha Smrutirekha Sobhana Sonali Sraddha Subhalaxmi
Subhasmita Sudeshna Sugyani Sukanti Sukantilata Sumitra Sunita Surekha Sushree Susmita
Swapna Swarupa Swetalina Swetapadma Tanmayee Tapasi Tilottama Trupti Truptimayee Tulasi
Uma Umarani Upasana Urbashi Usharani Babita Bhagyashree Bhagyalaxmi Biswaprava Chandrika
Dipanwita Gayatri Ipsa Jasmin Jyotirmayee Kalyani Lilima Lisa Mamuni Manasa Minakshi
Nirjharini Pallabi Pallavi Prajna Priyanka Rakhi Ritanjali Rosalin Sanjita Sasmitarani
Snehalata Snehaprava Sonalika Subhadarsini Subhashini Suchitra Sumati Sumitrarani
Tanushree Tapasmita Tikina
""".split()

# The family names of the Odia families and the clan and family names of the peoples of
# the Odisha hills.
SURNAMES_ODIA = """
Mohapatra Mahapatra Mohapatro Pattnaik Patnaik Pattanaik Pattanayak Pattnayak Mohanty
Mahanty Panda Padhi Padhy Panigrahi Panigrahy Praharaj Pradhan Rath Ratha Rout Routray
Raut Roul Samal Samantaray Samantara Samantasinghar Sahoo Sahu Swain Sethi Sethy Behera
Bhoi Biswal Baral Barik Bhanja Bisoi Bishoyi Bisi Dalai Dash Dehury Dehuri Dhal Dora
Harichandan Hota Jena Jenamani Jagadev Kanungo Khuntia Khatua Kuanr Lenka Mallick
Mangaraj Mardaraj Majhi Mahakud Mohakud Mahalik Maharana Moharana Mahanta Mohanta Muduli
Nanda Nayak Naik Ojha Palei Pani Parida Pati Patra Pattajoshi Pattjoshi Pujari Sabat
Sadangi Sahani Samanta Sarangi Satapathy Satpathy Senapati Senapaty Sutar Tarai Tripathy
Acharya Achary Bastia Beura Behuria Behura Champatiray Dwibedi Dwibedy Hati Jethy Kabi
Kanhar Khandual Khilar Mekap Nial Padhan Pahi Pradhani Badajena Balabantaray Baliarsingh
Bariha Bebarta Bebartta Bhol Bhuyan Chhotray Choudhury Dandapat Dandasena Dei Debi Dhir
Dhalsamanta Garnaik Gochhayat Jani Jhankar Kamila Khamari Khadanga Khandayatray Kund
Mantri Nahak Paikaray Pallai Pandab Pasayat Pattasani Podh Prusty Prusti Pruseth Puhan
Rajguru Rayguru Roula Sabar Sahukar Sasmal Sathua Sial Singhdeo Singhsamanta Sundaray
Tandi Ulaka Barad Bagarty Bagh Chhatoi Gadanayak Ghadei Jally Jayasingh Karna Naiko
Gamang Raika Bidika Hikaka Wadaka Jakasika Kadraka Sirka Huika Pidika Kalundia Bhitria
Bebortha Dakua Dalabehera Deo Digal Gahan Guru Harichandana Jagati Jaysingh Kandi Kanhei
Kar Karmee Khatei Khetrapal Kuanar Laha Lima Mahapatro Mallik Mishra Misra Mund Nath
Nayek Nandi Padhee Paikray Paital Panda Parhi Parichha Pati Patro Pattanaik Patel Raj
Ray Rana Rathore Routa Rauta Sahoo Sasamal Satapathi Sathpathy Senapati Sethi Srichandan
Subudhi Sutara Tripathi Upadhyay Upadhyaya Baliarsing Bhanjadeo Bhol Choudhuri Dehuria
Ghadai Gouda Hotta Jena Kuanra Lenka Mahananda Mahasuar Mahato Mangaraja Mohanti Nayako
Padhiary Padhiari Pahadasingh Panigrahi Pasupalak Patasani Patnayak Pradhan Purohit
Rajaguru Routaray Sadangee Sahani Samantarai Samantray Samal Sarangee Satpathi Sethia
Simhadri Sirkar Tripathee Bisoyi Budhia Dalbehera Dhal Harpal Jagdev Khandayat
Lohar Mahakul Mahunta Meher Mohakul Mohapatra Mund Nag Naag Padhan Pandit Parida
Patjoshi Pattnaik Prasad Praharaj Rath Sabata Sahoo Sahu Seth Suna Thakur Bag Bhoi
Chhuria Dharua Dora Ekka Jal Kalo Karua Kisan Kolhi Lakra Lugun Majhi Mallick Minz Munda
Oram Pradhan Rout Sahu Sandha Sethi Suna Tanti Tirkey Toppo Xalxo Gartia Gantayat Parija
Kabiraj Routroy Mallia Jagadeb Nepak Sabut Bahinipati Otta Pujapanda Hantal Disari
Challan Khilo Golori Kirsani Sisa Gomango Gamango Karjee Sikaka Pusika Kurkadika
Kulesika Nisika Bengesika Purty Sinku Bodra Laguri Tiu Bankira Gagrai Kindo Kullu Tete
Dungdung Soreng Bilung Kerketta Barla Bhengra Hembrum Hansdah Mardi Saren Baskey Besra
Kisku Kujur Bara Jamuda Debata Dalua Karji Padiary Mahaling Dasmohapatra Bakshi Meher
Guin Santa Karmi Bhatra Tandia
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list; no surname that is also written
# as a given name.
GIVEN = GIVEN_ODIA
SURNAMES = [name for name in SURNAMES_ODIA if name not in set(GIVEN_ODIA)]


def main() -> None:
    write_kept_given_and_surnames("round123", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
