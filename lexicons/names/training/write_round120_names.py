#!/usr/bin/env python3
"""Writes round120_first_names.txt and round120_surnames.txt, the hundred-and-twentieth
round's measuring names, from the names written out below by hand: the given names and
the family names of the Sindhi Hindu families, the Amil and Bhaiband families of Sindh
(Hyderabad, Shikarpur, Larkana and the towns of the lower Indus) and the same families
since 1947 in Ulhasnagar, Mumbai, Pune and abroad. An origin the sixth to
hundred-and-nineteenth rounds' hand-written lists did not cover as a list's origin (no
earlier list, row or commit message names the Sindhi Hindu, Amil or Bhaiband families,
Sindh, Shikarpur, Larkana or Ulhasnagar as an origin; an earlier general list named
Sindhi names among many origins, whose names the drops read, so they do not come back);
see handwritten_round120_PROVENANCE.md.

    python3 write_round120_names.py

No package, data file or web page is read: the lists are written here. The given names
are the given names of the families in the form their older generations bore and their
records write, most of them a name of a god or a word of good omen joined to an ending
(-ram, -das, -chand, -mal, -rai, -raj, -anand, -lal, -bai for women's) and written as
one word, with other women's names the families give; the surnames are the family names
the families took in the last two centuries, most of them a forefather's given name with
the ending -ani ("of the house of"), and some older clan and caste names. One spelling
each, in the spelling the families use in English.

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

# The given names of the Sindhi Hindu families, men's then women's, each written as one
# word.
GIVEN_SINDHI = """
Assandas Atmaram Bhagchand Bhagwandas Bherumal Chandiram Chellaram Chetandas Choithram
Dayaram Dharamdas Dialdas Dwarkadas Gehimal Gidumal Gobindram Gopaldas Gurmukhdas
Hashmatrai Hassaram Hemandas Hiranand Hotchand Issardas Jagatrai Jairamdas Jashanmal
Jethanand Jhamandas Jhamatmal Jivatram Kaluram Kewalram Khanchand Khemchand Kishinchand
Kodumal Kundanmal Lachmandas Lalchand Lekhraj Lilaram Mangharam Menghraj Mirchumal
Motiram Mulchand Naraindas Navalrai Nihalchand Notandas Pahlajrai Parsram Partabrai
Pessumal Pohumal Pritamdas Rochiram Rupchand Sadhuram Santdas Shewakram Sitaldas
Sobhraj Sukhramdas Tahilram Tejumal Tekchand Thakurdas Thanwardas Tikamdas Tolaram
Topandas Udharam Uttamchand Vishindas Wadhumal Wassiamal Watanmal Bulchand Dhalumal
Gulabrai Hargundas Ishwardas Jagumal Kimatrai Lokumal Manghanmal Mohanlal Moolchand
Nanikram Parmanand Pribhdas Ramchand Rijhumal Sahijram Sawalram Tarachand Thaoomal
Veerumal Wadhuram Chuharmal Diwandas Fatehchand Ghanshamdas Gianchand Hakumatrai
Hundraj Jaikishin Kalachand Khubchand Ladharam Murlidhar Nathumal Oodharam Pitamber
Rewachand Sevaram Sunderdas Tirathdas Valiram Bhojraj Daulatram Dhanraj Gangaram
Gurdinomal Hiralal Jotumal Kauromal Lakhmichand Pamandas Sachanand Sadhumal Tulsidas
Vasudev Kishin Jhamu Gobind Lachhu Naru Gul Hiru Tolu Assumal Bhagumal Chandumal
Dhanumal Gobindmal Harchandrai Jethumal Kanumal Lalumal Mathradas Menghumal Parumal
Ramumal Sajandas Udhomal Hemraj Jamiatrai Khialdas 
Mukhiram Nenumal Pursumal Rattanchand Santumal Sobhodas Thadharam Utamram Vensimal
Chatumal Dayalchand Gurbaxrai Hemchand Jeramdas Kesumal Lekhumal Mayaram Nandlal
Pessuram Rochaldas Shamdas Tikamchand Udhavdas Wishindas Dharmanand Atmanand Bodhraj
Hemanand Kanayalal Lachmanrai Menghanmal Nihalrai Prabhdas
Rupanand Sitaram Tahilrai Tejanand Thakurmal
Bhagwanti Ladibai Tulsibai Jamnabai Lachmibai Hemibai Kesaribai Parpati Sarswati
Dropadi Mohini Kaushalya Savitri Gopibai Jasoti Sundri Rukmani Dhanwanti Motibai
Sajni Vasanti Kishni Rajkumari Sundarbai Hiribai Lajwanti Parmeshwari Ishwari Jhamibai
Heeru Kiki Nirmala Dhanibai Gulibai Kaki Lachhi Dhani Jethibai Mathribai Pamibai
Rukmibai Sitabai Tarabai Vishnibai Bhagibai Chandibai Devibai Gangabai Harbai Jivibai
Khemibai Lilabai Mirabai Naraini Paru Radhibai Sati Shanti Sushila Tikibai 
Vidya Kamla Pushpa Leela Sheela Gopi Jamuna Sumitra Indra Bhagi Ladi Kesar Hemi Sundar
Nimmi Mohinibai Hashu Jethi Lachmi Gauri Dhanu Sarla Hari Pari Chandni Saraswati
Janki Lakshmi Parvati Ganga Radha Kirpi Shamibai Bachi Rani Moti Jeevan Sundari
""".split()

# The family names of the Sindhi Hindu families, in the spelling they use in English.
SURNAMES_SINDHI = """
Advani Ajwani Alwani Amarnani Asnani Balani Bhagnani Bhambhani Bijlani Budhrani
Chablani Chainani Chandiramani Chandnani Chhabria Chotrani Dadlani Daryani Datwani
Dembla Dialani Dudani Gagnani Gangwani Ganglani Gidwani Gulrajani Gurbaxani Gurnani
Hathiramani Hemnani Hingorani Hiranandani Idnani Israni Jagtiani Jaisinghani Jagwani
Jethmalani Jhangiani Jotwani Kalwani Karnani Keswani Kewalramani Khanchandani Kriplani
Khilnani Khubchandani Kodwani Kotwani Kukreja Lakhiani Lalwani Lekhwani Lilani Lulla
Madnani Makhija Malkani Mansukhani Manwani Manghnani Mathrani Melwani Menghani
Mirchandani Motwani Mulchandani Nagrani Nankani Nathani Nihalani Pamnani Panjwani
Parwani Punwani Raisinghani Ramchandani Ramnani Ramrakhiani Rochlani Rohra Rupani
Sabnani Sadarangani Sajnani Samtani Sawlani Shahani Shivdasani Sippy Sitlani Sukhwani
Tahilramani Tahiliani Talreja Tejwani Thadani Thawani Tolani Udhwani Uttamchandani
Vaswani Vazirani Wadhwani Wadhwa Watumull Chugani Daswani Gehani Hinduja Jhamtani
Kalani Lalchandani Lakhwani Mahtani Makhijani Manglani Mangtani Nandwani Narsinghani
Pahlajani Pagarani Pariani Sakhrani Sidhwani Sughrani Sunderani Tekchandani Bhojwani
Budhwani Bhavnani Dhameja Jeswani Gangaramani Gulabani Harjani Hemrajani Jagasia
Jhurani Khemani Kundnani Lachwani Mehtani Moorjani Mukhi Nanwani Navani
Purswani Rajwani Rochani Rupchandani Sadhwani Sahijwani Shewakramani Shamdasani
Sipahimalani Sukhramani Takhtani Tanwani Teckchandani Valecha Varyani Vasnani
Vishnani Mahbubani Bulchandani Chandwani Dhanwani Hassanandani Jethwani Khiani
Khatwani Mansharamani Mirani Mohinani Nebhnani Pinjani Punjwani Ramwani Shivnani
Sindhwani Sukhnani Thakwani Tilokani Uttamsinghani Wazirani Bachani Buxani
Chatlani Hasija Jaggi Lakhani Lohani Nainani
Rijhsinghani Sahni Shroff Tharani Vaid
Ahuja Arora Bajaj Chawla Doulatani Dayalani Gurbani Hotwani Jumani Kakwani
Lalani Nathwani Raheja Sachdev Sadhnani
Udasi Bhatia Ailani Bablani Chaglani Gajwani Gianchandani Hardasani
Jagyasi Khushalani Loungani Pahuja Utreja
Bharwani Dhalwani Harpalani Khemlani Kodnani Manghirmalani Mirwani Narwani Ochani
Parpiani Peswani Tahilyani Kishnani Motiramani Vachani Bathija Chanrai Karamchandani
Notani Tulsiani Hotchandani Bhagchandani Lilaramani Harchandani Gurdasani Daryanani
Malani Dudeja Asrani Hirani Meghnani Shamnani
Agnani Bhagtani Gwalani Jiandani Keshwani Kherajani Mamtani Pursnani Jhamnani
Moolchandani Nagdev Chellani Tarachandani Jethanandani Assudani Choithramani Bherwani
Sachanandani Mohnani Bhagia Kataria
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list.
GIVEN = GIVEN_SINDHI
SURNAMES = SURNAMES_SINDHI


def main() -> None:
    write_kept_given_and_surnames("round120", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
