#!/usr/bin/env python3
"""Writes round122_first_names.txt and round122_surnames.txt, the hundred-and-twenty-second
round's measuring names, from the names written out below by hand: the given names and
the family names of the Telugu-speaking families (the Telugu families of coastal Andhra,
Rayalaseema and Telangana, and the same families abroad). An origin the sixth to
hundred-and-twenty-first rounds' hand-written lists did not cover as a list's origin (no
earlier list, row or commit message names the Telugu families, Vijayawada, Guntur,
Godavari, Rayalaseema or Nellore as an origin; an earlier general list named Telugu names
among many origins, and the twenty-sixth round's list took the Banjara (Lambadi) of the
same states, whose names the drops read, so they do not come back); see
handwritten_round122_PROVENANCE.md.

    python3 write_round122_names.py

No package, data file or web page is read: the lists are written here. The given names
are the given names the families give, men's then women's: names of the gods and of
good omen, written as one word as Telugu records write them, with the endings the
families add (-ayya and -aiah, -ulu, -rao, -raju, -babu for men; -amma, -lakshmi, -kumari,
-vathi for women), and the shorter names of the last decades; the surnames are the house
names (intiperu) the families put before the given name at home and after it abroad,
and some family titles borne as surnames. Some names are written in two spellings the
families use in English.

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

# The given names of the Telugu families, men's then women's, each written as one word.
GIVEN_TELUGU = """
Venkata Venkatesh Venkateswarlu Venkataramana Venkatarao Venkayya Venkanna Venkatadri
Srinivasulu Srinivasarao Subbarao Subbayya Subbaraju Subbaramaiah Subrahmanyam
Satyanarayana Suryanarayana Suryaprakash Seetharamaiah Sitaramayya Ramarao Ramayya
Ramaiah Ramulu Ramakrishnaiah Narasimhulu Narasimharao Narasayya Nageswararao Nageswara
Nagaraju Nagabhushanam Nagendra Nagarjuna Chiranjeevi Koteswararao Kotaiah Koteswara
Veeraiah Veerabhadrarao Veerabhadram Veeranna Pullaiah Pullarao Appalaraju Appalanaidu
Appalaswamy Appanna Anjaneyulu Anjaiah Hanumantharao Hanumaiah Yadagiri Mallaiah
Mallikarjuna Mallikarjunarao Malleswararao Lingaiah Lingamurthy Chandrasekhar
Chandramouli Sivaramakrishna Sivaprasad Sivaiah Sivanagaraju Seshagirirao Seshaiah
Sesharao Seshu Bhaskararao Brahmaiah Brahmanandam Gangadhar Gangaraju Gopalakrishna
Gopalarao Govindarajulu Jagannadham Jagannatharao Janardhanarao Kondaiah Kondalrao
Krishnamurthy Krishnaiah Lakshmaiah Lakshminarayana Lakshmipathi Madhusudhanarao
Mohanarao Muralikrishna Nookaraju Obulesu Obaiah Papaiah Paparao Pattabhiramayya
Prabhakararao Punnaiah Raghavaiah Raghavendrarao Rajeswararao Ramachandraiah
Ramamohanarao Ramanjaneyulu Rangaiah Rangarao Sambasivarao Sambaiah Sankaraiah
Sarveswararao Simhachalam Somaiah Sreeramulu Sriramulu Suribabu Tataiah Tirupathaiah
Tirupathirao Tirumalarao Umamaheswararao Vasudevarao Veerraju Venugopalrao Yellaiah
Yellamanda Ankababu Chittibabu Chinnababu Pedababu Ramababu Raghubabu Satyababu Sivababu
Babji Bujji Chanti Pandu Sairam Saikiran Saiteja Saikumar Sriharsha Srikanth Srikar
Sricharan Harshavardhan Vamsi Vamsikrishna Bharadwaj Phanindra Phanikumar Kalyan
Karthikeya Vishnuvardhan Yashwanth Jashwanth Hemanth Sasidhar Sasikanth Gowtham Rohith
Praneeth Manikanta Durgaprasad Durgarao Eswararao Eswaraiah Jogarao Jogaiah Dharmarao
Apparao Ammiraju Nagababu Nagachaitanya Saidharam Venkatesham Venkatanarayana
Venkatasubbaiah Venkatappaiah Subbareddy Ramireddy Chennareddy Pulla Pedireddy Obulreddy
Kasireddy Narayanareddy Ramanareddy Balireddy Yellareddy Veerareddy Sathyam Sathibabu
Srinu Seenu Chinna Pedda Kittu Bunny Chinni Nani Raviteja Ravikiran Ravishankar
Bhanuprakash Chaitanya Sreenivas Yugandhar Sudheer Sudhakar Sreedhar Pradeep Dileep
Mahidhar Rambabu Kanakaraju Gurunadham Gurunatharao Gurumurthy Adinarayana Adiseshu
Balakrishna Balaraju Balasubrahmanyam Bapiraju Bhadraiah Chalapathi Chalapathirao
Dakshinamurthy Damodararao Dasaradharamaiah Ganeswararao Hanumanthu Jayaramaiah
Kamaraju Kameswararao Kanakayya Kesavarao Kodandaramaiah Lakshmanarao Lakshmanaswamy
Mallikharjuna Musalaiah Nagabhushanarao Narahari Narayanamurthy Padmanabham Pentaiah
Pothuraju Purushottamarao Rajagopalarao Ramalingaiah Ramanaiah Ramasubbaiah
Sathiraju Seetharamaraju Sivasankar Sivakoti Somasekhar Sriramamurthy Subbanarasaiah
Sundararamaiah Suryachandrarao Tammiraju Thirupalu Vallabharao Varaprasad Veerabhadraiah
Veeranjaneyulu Venkannababu Yesuratnam Yesupadam Prakasarao Devadanam Ratnaraju
Lakshmi Padmavathi Annapurna Sarojini Seethamma Sitamma Subbamma Venkamma
Venkatalakshmi Venkataratnam Nagamani Nagalakshmi Nagaratnam Nagamma Ramalakshmi
Rajyalakshmi Vijayalakshmi Dhanalakshmi Mahalakshmi Satyavathi Suryakantham Suryakumari
Kanakadurga Kanakamma Kamakshi Kamalamma Krishnaveni Krishnakumari Kotamma Koteswari
Koteswaramma Pullamma Ankamma Adilakshmi Anasuya Anasuyamma Bhagyalakshmi Bhanumathi
Chandrakala Chinnamma Peddamma Durgamma Durgabhavani Gangamma Gangabhavani Hymavathi
Jhansi Jhansirani Kasturi Kanthamma Leelavathi Lalitha Manikyamba Mangamma Mangatayaru
Nookalamma Padmaja Parvathamma Ramanamma Ratnakumari Rukmini Saraswathi Sarada Savitri
Seshamma Sesharatnam Sowbhagya Subhadra Sujatha Sulochana Sunitha Swarnalatha Tulasi
Usharani Varalakshmi Veeramma Yashoda Yellamma Yadamma Mallamma Lingamma Pochamma
Ellamma Sammakka Saralamma Ramulamma Balamani Bhavani Sravani Sravanthi Srilatha Sirisha
Swathi Haritha Himabindu Pavani Keerthi Mounika Manasa Harika Sahithi Sindhuja Navya
Lasya Sreeja Hasini Tejaswini Tejaswi Sailaja Sujana Vasavi Vaishnavi Supraja Pravallika
Bhargavi Lavanya Madhavi Mamatha Prasuna Sarvani Sasikala Sireesha Sudharani Suhasini
Suneetha Syamala Vanaja Vanisri Jayasudha Jayaprada Sridevi Soundarya Tirupatamma
Bhramaramba Rajeswari Hemalatha Jyothsna Sumalatha Sreelatha Neeraja Pushpalatha
Vasundhara Sakuntala Kusumakumari Nagavalli Nagajyothi Nagasri Sailasri Divyasri
Lakshmiprasanna Sriveni Renukamma Chamundeswari Kondamma Appalamma Appalanarasamma
Narasamma Nookaratnam Jagadamba Varamma Prathyusha Akhila Alekhya Anusha Deepthi
Gayathri Harini Meghana Nikhila Ramyasri Sahiti Sowmya Spandana Susmitha Tejasri Vennela
Geethika Likhitha Manogna Niharika Pranathi Prasanthi Saipriya Srividya Sushma Yamuna
Aadilakshmi Anjamma Atchamma Bangaramma Bhulakshmi Buchamma Chilakamma Dhanamma
Eswaramma Gowramma Jayamma Kamalakumari Kanakaratnam Lakshmamma Mahalakshmamma
Manikyam Muthyalamma Nagendramma Narayanamma Papamma Parvathi Pydamma Ratnamma
Rajamma Ramamma Salomi Sarojamma Satyavati Sundaramma Suramma Tayaramma Thulasamma
Vardhanamma Veerabhadramma Venkatasubbamma Yesamma Sowjanya Sravya Hemasri Jahnavi
Bhavana Dhanusha Harshitha Jaswitha Keerthana Lakshmisri Mahitha Nagasowjanya Poojitha
Rishitha Sahasra Sathvika Sreevani Srujana Tanmayi Vaishnavidevi Varshitha Vyshnavi
Yasaswini Yamini Ramadevi Sitadevi Annapoornamma Kousalya Padmasri Rajakumari Swarupa
Uma Umadevi Bhagya Sumana Kavitha Jyothi Indira Kalyani Neelima Padmini
""".split()

# The house names (intiperu) of the Telugu families, and some family titles borne as
# surnames.
SURNAMES_TELUGU = """
Akkineni Nandamuri Konidela Daggubati Ghattamaneni Kotla Yarlagadda Nallamothu Kodali
Vallabhaneni Paruchuri Gollapudi Chaganti Dhulipala Dhulipalla Tummala Bommireddy Kakani
Gorantla Kanumuri Alluri Sarvepalli Pingali Mullapudi Bhamidipati Vemuri Kandukuri
Veeramachaneni Jonnalagadda Nadendla Rayapati Lagadapati Gunnam Atluri Kolli Pothineni
Uppalapati Manthena Nadimpalli Penmetsa Dantuluri Sagi Bhupathiraju Kalidindi Datla
Vegesna Mudunuri Indukuri Rudraraju Gottumukkala Chintalapati Jampana Kosuri Pusapati
Vatsavaya Sripada Tenneti Akella Vedula Mallampalli Ivaturi Rallabandi Puttaparthi
Chilakamarthi Viswanadha Tripuraneni Gurajada Chilukuri Devulapalli Adivi
Kodavatiganti Rachakonda Ravuri Avasarala Bhagavatula Yellapragada Nimmagadda
Vadlamudi Kantamneni Kancharla Kollipara Koneru Sunkara Bollineni Lingamaneni Madala
Maganti Mandava Muppalla Mutyala Nekkanti Paladugu Parvathaneni Ponnam Ravella Sajja
Talasila Thota Uppala Veerapaneni Yalamanchili Yerneni Kommineni Katragadda Gullapalli
Gutta Chalasani Chava Chennupati Devineni Dasari Garapati Ganta Gadde Gorrepati
Guntupalli Inturi Jasti Kakarla Kamineni Kasukurthi Kethineni Kondapalli Kottapalli
Maddipati Makineni Meka Mikkilineni Mannava Nuthalapati Nelluri Pallapothu Pamulapati
Potluri Pinnamaneni Tadikonda Tangirala Uppuluri Vuppala Vasireddy Vemireddy Yadlapalli
Ambati Bandaru Boppana Borra Chadalavada Cherukuri Chitturi Dhavala Dokka Duvvuri Eluri
Gadiraju Gottipati Jagarlamudi Juvvadi Kalluri Kavuri Kilaru Korrapati Kothapalli
Kurapati Mandalapu Maramreddy Mekala Nallapaneni Nandigam Nimmala Paidipati Palakurthi
Panchumarthi Pasupuleti Patibandla Peddinti Pemmasani Penumatsa Perumalla Pidikiti
Sadineni Siddabathula Sirigiri Sivalenka Sontineni Surapaneni Suryadevara Tadepalli
Tatineni Tummalapalli Upputuri Vallurupalli Vankayalapati Velagapudi Vemulapalli
Vinjamuri Vissamsetti Yeleti Adusumilli Alapati Amancharla Anumolu Arikapudi Atmakuri
Avula Bathula Bellamkonda Bhimavarapu Bodapati Burra Chakka Challa Chinta Dandu Daruvuri
Dhanekula Doddapaneni Edara Emani Gaddam Gummadi Gundabathula Gunupati Jakkula Jetti
Kadiyala Kambhampati Kandula Karumuri Kattamuri Kolla Komati Kondeti Kotamraju Kudipudi
Kurra Lella Maddala Mallela Mamidi Manchala Mandadi Marella Mattupalli Medapati
Mudragada Munnangi Musunuri Nalluri Nannapaneni Narra Neelam Obbineni Paritala Pathuri
Peddireddi Ponnaganti Raavi Rachamalla Ramineni Sattaru Seelam Sirigina Somepalli
Takkellapati Thummala Tirumalasetti Turaga Vadapalli Valluri Varikuti Velpula
Vennelakanti Vuyyuru Yanamala Yarramsetti Yellapu Yenugu Chowdary Choudary Naidu Sastry
Sastri Setty Rayudu Patrudu Avadhani Somayajulu Dikshitulu Gollapalli Aripirala
Bhamidipaty Chebrolu Chivukula Dasika Dendukuri Dronamraju Duggirala Garimella
Ghantasala Gundavarapu Illindala Jandhyala Kadambari Kakarala Kalavagunta Kaluvakolanu
Kanchibhotla Karra Kasturi Kesiraju Kocherlakota Kolachina Kommuri Kompella Kopparthi
Korada Kotagiri Kowta Madabhushi Madduri Malladi Manchiraju Marepalli Medidi Mokkapati
Mopidevi Mulugu Nanduri Oruganti Palaparthi Pamidighantam Parnandi Peri Pisupati
Poduri Pothukuchi Pulipaka Puranam Rentala Rompicharla Sistla Sripathi Srirangam
Sundarapalli Tadinada Tallapragada Timmaraju Upadhyayula Vadrevu Vajjhala Vanguri
Vedantam Veluri Vempati Vinnakota Vishnubhotla Volety Yeddanapudi Yerramilli
Addanki Anem Balineni Bathina Bhogavalli Bobba Bommisetty Bonthu Bugga Chandu Chappidi
Dammalapati Danda Dasam Erramsetti Gadiyaram Gajula Gandham Gangisetti Gorle Gudla
Kancherla Kanneganti Kasaraneni Kolluri Kondaveeti Kunchala Lankapalli Madireddy
Malineni Mandapati Mangalampalli Modugula Mynampati Namburi Nandyala Nekkalapudi
Nerella Nutakki Pagadala Palla Pamarthi Peddada Pemmaraju Ponnada Pulagam Punnam
Rajanala Reddem Sakhamuri Sanagala Seepana Suravarapu Tallam Tenali Thatavarthi
Uppu Vaddadi Vakkalagadda Vanama Veerla Velamuri Vidiyala Yalavarthi Yanamandra
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list; no surname that is also written
# as a given name.
GIVEN = GIVEN_TELUGU
SURNAMES = [name for name in SURNAMES_TELUGU if name not in set(GIVEN_TELUGU)]


def main() -> None:
    write_kept_given_and_surnames("round122", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
