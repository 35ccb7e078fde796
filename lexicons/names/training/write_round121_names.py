#!/usr/bin/env python3
"""Writes round121_first_names.txt and round121_surnames.txt, the hundred-and-twenty-first
round's measuring names, from the names written out below by hand: the given names and
the family names of the Pashtun families of Afghanistan (Kandahar, Paktia, Khost,
Nangarhar and the other Pashto-speaking provinces of the south and east) and the same
families abroad. An origin the sixth to hundred-and-twentieth rounds' hand-written lists
did not cover as a list's origin (no earlier list, row or commit message names the
Pashtun, Pakhtun or Pukhtun families, Afghanistan, Kandahar, Paktia, Khost, Nangarhar or
Jalalabad as an origin; an earlier general list named Pashto and Dari names among many
origins, whose names the drops read, so they do not come back); see
handwritten_round121_PROVENANCE.md.

    python3 write_round121_names.py

No package, data file or web page is read: the lists are written here. The given names
are the given names the families give, men's then women's: names of the faith and of
good omen written as one word as Afghan records write them (Abdul- and -ullah,
-urrahman and -ulhaq compounds), names joined with Gul, Noor, Mir, Shah, Sher, Zar, Dost,
Yar, Niaz, Taj, Sardar and Khan, names in -dad, Pashto names (Zalmai, Baryalai, Malalai,
Zarghuna, Palwasha) and other names the families give; the surnames are the names of the
tribes and clans (-zai, -khel and -khail, "sons of" and "house of"), the family names the
families took in the last century, most of them a forefather's given name with -i, -zada,
-yar, -wal or -mal, and the pen names families kept as surnames. Some names are written
in two spellings the families use in English.

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

# The given names of the Pashtun families, men's then women's (then some more men's),
# each written as one word.
GIVEN_PASHTUN = """
Zalmai Zmarai Baryalai Tooryalai Nangyalai Torialai Zarlasht Mirwais Khushal Aimal Ajmal
Abasin Sabawoon Samsoor Zmarak Zarak Sangar Spinzar Shpoon Wais Lalai Lalagha Lalmir
Malang Painda Paindamohammad Pacha Pachagul Gulagha Gulbaz Gulzaman Gulnabi Gulrahim
Gulwali Gulab Gulajan Guldad Gulkhan Gulbuddin Gulrahman Gulmohammad Gulmir Noorullah
Noorahmad Noorzaman Noorwali Noorrahman Noorulhaq Noorgul Noorshah Noormohammad Mirjan
Mirzaman Mirahmad Mirhamza Shahwali Shahzaman Shahmahmood Shahmir Shahagha Zahirshah
Daudshah Timurshah Ahmadshah Zarshah Sherkhan Sherali Sheragha Sherdil Sherjan Sherafzal
Sherbaz Sherzad Zarwali Zarjan Zarmohammad Khudadad Allahdad Shahdad Nazardad Khudaidad
Jandad Walidad Gulbadshah Badshahgul Janagha Aghajan Abdulrahman Abdulhaq Abdulwahid
Abdulghani Abdulbaqi Abdulsalam Abdulrazaq Abdulhadi Abdulqadir Abdulkarim Abdullatif
Abdulmalik Abdulrashid Abdulwali Abdulhakim Abdulbari Abdulmanan Abdulhamid Abdulqayum
Abdulsamad Abdulwakil Abdulaziz Abdulhai Abdulahad Abdulqahar Abdulmatin Abdulsattar
Abduljabar Abdulghafar Abdulrauf Abdulwadood Abdulbasir Abdulnasir Abdulshakoor
Hamdullah Hayatullah Hekmatullah Ihsanullah Inamullah Kalimullah Kifayatullah Lutfullah
Najibullah Naqibullah Rahmatullah Sanaullah Sayedullah Shafiullah Shahidullah Shirullah
Sibghatullah Wahidullah Zabihullah Zaheerullah Ziaullah Asadullah Atiqullah Azizullah
Faizullah Fazlullah Habibullah Hafizullah Hamidullah Ikramullah Irfanullah Izzatullah
Khairullah Matiullah Mohibullah Mujibullah Naimatullah Obaidullah Qudratullah Rafiullah
Rahimullah Rohullah Saifullah Samiullah Shakirullah Sharafatullah Shukrullah Wasiullah
Zahidullah Zarifullah Amanullah Ehsanullah Ezatullah Enayatullah Nasrullah Barakatullah
Asmatullah Hasibullah Nasibullah Taufiqullah Wakilullah Fazalrabi Fazalrahman Fazalhaq
Fazalahmad Fazalmohammad Habiburrahman Ziaurrahman Ataurrahman Lutfurrahman
Obaidurrahman Shamsurrahman Khalilurrahman Hifzurrahman Azizurrahman Mutiurrahman
Ziaulhaq Ehsanulhaq Inamulhaq Anwarulhaq Shamsulhaq Najmulhaq Fazlulhaq Ikramulhaq
Zahoorulhaq Abdulwahab Sayedagha Mohammadagha Wazirgul Nazargul Dostmohammad Dostagha
Dostjan Jumagul Jumakhan Jumadin Juma Shahgul Sahibgul Sahibjan Lalgul Zargul Zarbadshah
Badshah Yarmohammad Yarjan Yargul Niazmohammad Niazgul Taj Tajmohammad Tajagha Tajwali
Gulpacha Malalai Zarghuna Zarghona Spozhmai Spogmai Palwasha Gulalai Golalai Zarmina
Zarlashta Shinkai Pashtana Wagma Storai Torpekai Speena Zarsanga Nazo Gulpari Gulbadan
Mahgul Shugufa Shogofa Freshta Frishta Parwana Tamana Khatera Lailuma Wazhma Wajma Arzo
Durkhanai Durkhani Bakhtawara Gulnaz Gulshan Hadisa Homaira Mahbooba Mahjabin Malalay
Masooda Mehria Mozhgan Najiba Nazifa Qudsia Rahila Sediqa Shukria Torpikai Zakira
Zubaida Marzia Nilofar Lailoma Gulsoom Gulnar Bibigul Bibijan Bibihawa Bakhtbibi Gulbibi
Zarbibi Nazbibi Shirinbibi Janbibi Gulchehra Spogmay Palwashah Zarghunah Gulmakai
Gulmina Sharbat Sharbatgul Nazaneen Spina Pakiza Zarnigar Zarpari Shahpari Gulrukh
Gulzari Nazgul Naznin Nazdana Benafsha Farkhunda Fawzia Mursal Yalda Zuhal Shakiba Lima
Shabana Wazhmah Sughra Breshna Mina Rangina Zargoona Nazeefa Seema Sima Saima Hasina
Raihana Shaista Nasreen Roshana Tooba Zulaikha Zohal Lalbibi Lalpari Gulalay Zarghunay
Nazanin Waheeda Mariam Habiba Sabira Sumaya Hosai Hawa Anosha Ariana Diwa Ghotai Gotai
Mahnaz Mahtab Mastura Meena Mohbooba Momina Nadia Nargis Nooria Palwashay Parisa Rabia
Roya Sadaf Safia Sahar Samira Shabnam Shahla Shakila Shazia Sheela Soraya Tahmina Tajwar
Tayeba Tuba Wahida Zakia Zarifa Zarina Zeba Zohra Zuhra Ahmadzia Abdulsabur Sardar
Sardarwali Sardargul Sardarmohammad Khanagha Khanjan Khanmohammad Fazal Faiz Mansoor
Nasrat Naqeeb Najeeb Shafiq Wahid Zaki Zaheer Zubair Atal Aryan Arsalan Eimal Eimalkhan
Fawad Firooz Hasib Hashmat Hikmat Humayun Idrees Jawed Qais Ramin Samim Shoaib Tamim
Yama Omaid Nawid Naweed Parwiz Sohrab Mirdad Farid Zia Wali Walijan Ghazi Dawood Daud
Sulaiman Sabir Sadiq Siddiq Noman Naeem Masood Latif Khalil Jalal Ismail Ibrahim Haroon
Farhad Ehsan Bilal Behzad Tahir Rashid Rahim Rafi Qasim Mujtaba Kamran Jawad Jahangir
Nasir Nadir Karim Khalid Zarif Zalmay Zmaray Baryalay Tooryalay Nangyalay Torialay
Khushhal Mirwaiz
""".split()

# The family names: tribe and clan names, family names and pen names kept as surnames.
SURNAMES_PASHTUN = """
Popalzai Barakzai Alikozai Alokozai Achakzai Noorzai Alizai Ishaqzai Isakzai Sadozai
Mohammadzai Ahmadzai Stanikzai Stanekzai Yusufzai Sherzai Karzai Mandozai Daulatzai
Dawlatzai Hassanzai Malikzai Mamozai Ismailzai Ibrahimzai Badizai Habibzai Hakimzai
Hamidzai Kamalzai Karimzai Musazai Rahimzai Sultanzai Umarzai Omarzai Sulaimanzai
Jalalzai Ibrahimkhel Sulaimankhel Ahmadkhel Akakhel Mamakhel Hassankhel Zakakhel
Jabarkhel Babakarkhel Amarkhel Khwazakhel Mirkhel Totakhel Adamkhel Kamalkhel Kharoti
Hotak Hotaki Tokhi Taraki Andar Zadran Jadran Mangal Jaji Tani Zazai Muqbil Khostwal
Shinwari Mohmand Momand Safi Khogyani Khugiani Wardak Kakar Tarin Barech Durrani Abdali
Ghilzai Niazi Lodin Ludin Suri Nasiri Khattak Chamkani Shirzai Sahak Ishaqzay Noorzay
Barakzay Popalzay Achakzay Alizay Sadozay Ahmadzay Stanakzai Dawi Popal Hewadmal Pazhwak
Zhwak Benawa Ulfat Lewal Baheer Tarzi Atmar Arsala Zakhilwal Zakhil Spanta Rahin Qanuni
Hekmatyar Wasiq Ashna Anwari Ahady Ahadi Sarwary Saljuqi Naderi Mojaddedi Mojadidi
Gailani Etemadi Yaftali Kargar Mirzad Tanha Sapai Wesa Wafa Zhman Paiman Pazhman
Amarkhil Mahmudi Nawabi Hemat Haqmal Haqyar Dostyar Amanyar Zarmal Khpalwak Mushtaq
Jalali Habibi Ahmadi Rahimi Karimi Sultani Hakimi Nazari Hashimi Haidari Samadi Sharifi
Rasuli Amiri Azizi Wahidi Noori Hamidi Samimi Naseri Zaheeri Fazli Faizi Kabiri Qaderi
Sadiqi Waziri Qayumi Nabizada Nabizadah Sharifzada Amirzada Hakimzada Gulzada Mirzada
Shahzada Sahibzada Akhundzada Gulzad Zarifi Ghafoori Tarakai Khalili Kamawal Mohmandi
Momandi Zadrani Mangali Hamdard Hamkar Ziarmal Sarwar Sarwari Naimi Nasimi Fahim Faheem
Ibrahimi Azimi Akbari Yousufi Yusufi Wardag Alokozay Niazai Lodhi Loodin Zakhel
Wazirkhel Aminzai Aminkhel Amini Azami Bahadur Bahaduri Bakhtari Bakhtiari Darwish
Darwishi Dehqan Dehqani Ebadi Ehsani Fazly Ghani Ghanizada Hamidzada Hanifi Hasanzada
Hashemi Hazrati Hemati Jalalzada Kamawi Karimzada Khaliqi Khwajazada Latifi Majidi
Malikyar Mansoori Masoomi Mohseni Mohibi Mujadidi Mushfiq Naeemi Najibi Naqibi Nasery
Nazary Omari Osmani Pashtoonyar Pashtunyar Qaderyar Qasimi Rafiqi Rahmani Rahmati
Rahmanzai Rashidi Rauf Rezai Sadat Sahibi Salehi Samad Sarwarzada Sediqi Shahabi Shahidi
Shahrani Shakib Shams Shamsi Sherzada Siddiqi Stanekzay Sultanzada Tahiri Talash Waizi
Wahdat Wakili Walizada Wardaki Yaqubi Zafari Zahid Zakiri Zamani Zarifzada Zazay Ziaee
Alikhel Alikhail Gurbuz Zazi Mukbal Orakzai Afridi Bangash Dawar Marwat Lohani Mandokhel
Musakhel Sherani Panni Dotani Bettani Jadoon Tanoli Dilazak Utmankhel Mamund Salarzai
Tarkani Kukikhel Zakhakhel Kamarkhel Kambarkhel Sepah Adamkhail Babuzai Akozai Ranizai
Bamizai Maku Daudzai Kheshgi Gigiani Tarklani Sulaimankhail Ahmadkhail Mamakhail
Amarkhail Ibrahimkhail Hassankhail Akakhail Zakakhail Mirkhail Jabarkhail Babakarkhail
Kamalkhail Totakhail Rishtin Bakhtani Khadim Majrooh Kushkaki Ghubar Zhobal Andiwal
Samadzai Yaqubzai Azizzai Haidarzai Khanzai Nabizai Ghafoorzai Naseerzai Rasoolzai
Wazirzai Mashwani Gadoon Mohmandzai Ishaqkhel Mohammadkhel Daulatkhel Mandozay Sultanzay
Hassanzay Malikzay Umarzay Jalalzay Karimzay Rahimzay Hamidzay Stanakzay Alikozay
Bareach Baraich
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list.
GIVEN = GIVEN_PASHTUN
SURNAMES = SURNAMES_PASHTUN


def main() -> None:
    write_kept_given_and_surnames("round121", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
