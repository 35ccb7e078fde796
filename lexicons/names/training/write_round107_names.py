#!/usr/bin/env python3
"""Writes round107_first_names.txt and round107_surnames.txt, the hundred-and-seventh
round's measuring names, from the names written out below by hand: the given names and
surnames of the Low Country Sinhalese families of the southern coast of Sri Lanka (the
districts of Galle, Matara and Hambantota, the old Ruhuna) and their families since in
the island's west and abroad, an origin the sixth to hundred-and-sixth rounds'
hand-written lists did not cover (no earlier list, row or commit message names the Low
Country Sinhalese, the Sinhalese, Ruhuna, Galle, Matara or Hambantota; the earlier lists'
Sinhala names are those of a general section of the sixth round's list and of a package's
lists of common names); see handwritten_round107_PROVENANCE.md.

    python3 write_round107_names.py

No package, data file or web page is read: the lists are written here. The given names are
the older Sinhala given names of two parts that southern families give, a first part of
good omen (men's: Guna, Siri, Piya, Karuna, Wimala, Soma, Dharma, Ariya, Sumana, Prema,
Jaya, Chandra, Amara, Nanda, Daya, Wije, Gnana, Sugatha, Weera, Abey, Ratna, Upa, Hema,
Sisira; women's: Soma, Prema, Guna, Karuna, Daya, Kusuma, Leela, Chandra, Swarna, Padma,
Indra, Hema, Seela, Chitra, Jaya, Nanda, Wimala, Sumana, Ratna, Rupa, Kamala, Anula,
Nirmala, Siriya) joined to a second (men's: -dasa, -siri, -sena, -pala, -tissa, -wansa,
-lal, -chandra, -nanda, -kumara; women's: -wathi, -latha, -kanthi, -mali, -kumari,
-rani); the surnames are the Sinhala family names of two parts, a first part of good omen
or of rank (Jaya, Wickrama, Guna, Wije, Abey, Samara, Amara, Rana, Ediri, Sena, Raja,
Chandra, Weera, Illanga, Wanni, Karuna, Dissa, Dharma, Siri, Ratna, Kumara, Soma, Prema,
Hema, Wimala, Kula, Muna, Ariya) joined to an ending of lineage or honour (-singhe,
-suriya, -wardena, -ratne, -nayake, -sekara, -thilake, -tunga, -weera, -koon, -kody,
-manne, -wickrama, -bandara). In the plain letters Sri Lankan passports write, one
spelling each; joins of two vowels, of three like letters and of a part ending in the
next part's start left out.

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
Gunadasa Gunasiri Gunasena Gunapala Gunatissa Gunawansa Gunalal Gunachandra Gunakumara
Siridasa Sirisena Siripala Siritissa Siriwansa Sirilal Sirichandra Sirinanda Sirikumara
Piyadasa Piyasiri Piyasena Piyapala Piyatissa Piyawansa Piyalal Piyachandra Piyananda
Piyakumara Karunadasa Karunasiri Karunasena Karunapala Karunatissa Karunawansa Karunalal
Karunachandra Karunakumara Wimaladasa Wimalasiri Wimalasena Wimalapala Wimalatissa
Wimalawansa Wimalachandra Wimalananda Wimalakumara Somadasa Somasiri Somasena Somapala
Somatissa Somawansa Somalal Somachandra Somananda Somakumara Dharmadasa Dharmasiri
Dharmasena Dharmapala Dharmatissa Dharmawansa Dharmalal Dharmachandra Dharmananda
Dharmakumara Ariyadasa Ariyasiri Ariyasena Ariyapala Ariyatissa Ariyawansa Ariyalal
Ariyachandra Ariyananda Ariyakumara Sumanadasa Sumanasiri Sumanasena Sumanapala
Sumanatissa Sumanawansa Sumanalal Sumanachandra Sumanakumara Premadasa Premasiri Premasena
Premapala Prematissa Premawansa Premalal Premachandra Premananda Premakumara Jayadasa
Jayasiri Jayasena Jayapala Jayatissa Jayawansa Jayalal Jayachandra Jayananda Jayakumara
Chandradasa Chandrasiri Chandrasena Chandrapala Chandratissa Chandrawansa Chandralal
Chandrananda Chandrakumara Amaradasa Amarasiri Amarasena Amarapala Amaratissa Amarawansa
Amaralal Amarachandra Amarananda Amarakumara Nandasiri Nandasena Nandapala Nandatissa
Nandawansa Nandalal Nandachandra Nandakumara Dayadasa Dayasiri Dayasena Dayapala Dayatissa
Dayawansa Dayalal Dayachandra Dayananda Dayakumara Wijedasa Wijesiri Wijesena Wijepala
Wijetissa Wijewansa Wijelal Wijechandra Wijenanda Wijekumara Gnanadasa Gnanasiri Gnanasena
Gnanapala Gnanatissa Gnanawansa Gnanalal Gnanachandra Gnanakumara Sugathadasa Sugathasiri
Sugathasena Sugathapala Sugathatissa Sugathawansa Sugathalal Sugathachandra Sugathananda
Sugathakumara Weeradasa Weerasiri Weerasena Weerapala Weeratissa Weerawansa Weeralal
Weerachandra Weerananda Weerakumara Abeydasa Abeysiri Abeysena Abeypala Abeytissa
Abeywansa Abeylal Abeychandra Abeynanda Abeykumara Ratnadasa Ratnasiri Ratnasena Ratnapala
Ratnatissa Ratnawansa Ratnalal Ratnachandra Ratnakumara Upadasa Upasiri Upasena Upatissa
Upawansa Upalal Upachandra Upananda Upakumara Hemadasa Hemasiri Hemasena Hemapala
Hematissa Hemawansa Hemalal Hemachandra Hemananda Hemakumara Sisiradasa Sisirasiri
Sisirasena Sisirapala Sisiratissa Sisirawansa Sisiralal Sisirachandra Sisirananda
Sisirakumara Somawathi Somalatha Somakanthi Somakumari Somarani Premawathi Premalatha
Premakanthi Premakumari Premarani Gunawathi Gunalatha Gunakanthi Gunamali Gunakumari
Gunarani Karunawathi Karunalatha Karunakanthi Karunamali Karunakumari Karunarani Dayawathi
Dayalatha Dayakanthi Dayamali Dayakumari Dayarani Kusumawathi Kusumalatha Kusumakanthi
Kusumakumari Kusumarani Leelawathi Leelakanthi Leelamali Leelakumari Leelarani
Chandrawathi Chandralatha Chandrakanthi Chandramali Chandrakumari Swarnawathi Swarnalatha
Swarnakanthi Swarnamali Swarnakumari Swarnarani Padmawathi Padmalatha Padmakanthi
Padmakumari Padmarani Indrawathi Indralatha Indrakanthi Indramali Indrakumari Hemawathi
Hemalatha Hemakanthi Hemakumari Hemarani Seelawathi Seelakanthi Seelamali Seelakumari
Seelarani Chitrawathi Chitralatha Chitrakanthi Chitramali Chitrakumari Jayawathi Jayalatha
Jayakanthi Jayamali Jayakumari Jayarani Nandawathi Nandalatha Nandakanthi Nandamali
Nandakumari Nandarani Wimalawathi Wimalakanthi Wimalamali Wimalakumari Wimalarani
Sumanawathi Sumanalatha Sumanakanthi Sumanamali Sumanakumari Sumanarani Ratnawathi
Ratnalatha Ratnakanthi Ratnamali Ratnakumari Ratnarani Rupawathi Rupalatha Rupakanthi
Rupamali Rupakumari Ruparani Kamalawathi Kamalakanthi Kamalamali Kamalakumari Kamalarani
Anulawathi Anulakanthi Anulamali Anulakumari Anularani Nirmalawathi Nirmalakanthi
Nirmalamali Nirmalakumari Nirmalarani Siriyawathi Siriyalatha Siriyakanthi Siriyamali
Siriyakumari Siriyarani
""".split()

SURNAMES = """
Jayasinghe Jayasuriya Jayawardena Jayaratne Jayanayake Jayasekara Jayathilake Jayatunga
Jayaweera Jayakoon Jayakody Jayamanne Jayawickrama Jayabandara Wickramasinghe
Wickramasuriya Wickramawardena Wickramaratne Wickramanayake Wickramasekara Wickramathilake
Wickramatunga Wickramaweera Wickramakoon Wickramakody Wickramabandara Gunasinghe
Gunasuriya Gunawardena Gunaratne Gunasekara Gunathilake Gunatunga Gunaweera Gunakoon
Gunakody Gunamanne Gunawickrama Gunabandara Wijesinghe Wijesuriya Wijewardena Wijeratne
Wijenayake Wijesekara Wijethilake Wijetunga Wijeweera Wijekoon Wijekody Wijemanne
Wijewickrama Wijebandara Abeysinghe Abeysuriya Abeywardena Abeyratne Abeynayake Abeysekara
Abeythilake Abeytunga Abeyweera Abeykoon Abeykody Abeymanne Abeywickrama Abeybandara
Samarasinghe Samarasuriya Samarawardena Samaranayake Samarasekara Samarathilake
Samaratunga Samaraweera Samarakoon Samarakody Samaramanne Samarawickrama Samarabandara
Amarasinghe Amarasuriya Amarawardena Amaranayake Amarasekara Amarathilake Amaratunga
Amaraweera Amarakoon Amarakody Amaramanne Amarawickrama Amarabandara Ranasinghe Ranasuriya
Ranawardena Ranaratne Ranasekara Ranathilake Ranatunga Ranaweera Ranakoon Ranakody
Ranamanne Ranawickrama Ranabandara Edirisinghe Edirisuriya Ediriwardena Ediriratne
Edirinayake Edirisekara Edirithilake Ediritunga Ediriweera Edirikoon Edirikody Edirimanne
Ediriwickrama Ediribandara Senasinghe Senasuriya Senawardena Senaratne Senasekara
Senathilake Senatunga Senaweera Senakoon Senakody Senamanne Senawickrama Senabandara
Rajasinghe Rajasuriya Rajawardena Rajaratne Rajanayake Rajasekara Rajathilake Rajatunga
Rajaweera Rajakoon Rajakody Rajamanne Rajawickrama Rajabandara Chandrasinghe Chandrasuriya
Chandrawardena Chandranayake Chandrasekara Chandrathilake Chandratunga Chandraweera
Chandrakoon Chandrakody Chandramanne Chandrawickrama Chandrabandara Weerasinghe
Weerasuriya Weerawardena Weeranayake Weerasekara Weerathilake Weeratunga Weerakoon
Weerakody Weeramanne Weerawickrama Weerabandara Illangasinghe Illangasuriya Illangawardena
Illangaratne Illanganayake Illangasekara Illangathilake Illangatunga Illangaweera
Illangakoon Illangakody Illangamanne Illangawickrama Illangabandara Wannisinghe
Wannisuriya Wanniwardena Wanniratne Wanninayake Wannisekara Wannithilake Wannitunga
Wanniweera Wannikoon Wannikody Wannimanne Wanniwickrama Wannibandara Karunasinghe
Karunasuriya Karunawardena Karunaratne Karunasekara Karunathilake Karunatunga Karunaweera
Karunakoon Karunakody Karunamanne Karunawickrama Karunabandara Dissasinghe Dissasuriya
Dissawardena Dissaratne Dissanayake Dissasekara Dissathilake Dissatunga Dissaweera
Dissakoon Dissakody Dissamanne Dissawickrama Dissabandara Dharmasinghe Dharmasuriya
Dharmawardena Dharmaratne Dharmanayake Dharmasekara Dharmathilake Dharmatunga Dharmaweera
Dharmakoon Dharmakody Dharmawickrama Dharmabandara Sirisinghe Sirisuriya Siriwardena
Siriratne Sirinayake Sirisekara Sirithilake Siritunga Siriweera Sirikoon Sirikody
Sirimanne Siriwickrama Siribandara Ratnasinghe Ratnasuriya Ratnawardena Ratnaratne
Ratnasekara Ratnathilake Ratnatunga Ratnaweera Ratnakoon Ratnakody Ratnamanne
Ratnawickrama Ratnabandara Kumarasinghe Kumarasuriya Kumarawardena Kumaranayake
Kumarasekara Kumarathilake Kumaratunga Kumaraweera Kumarakoon Kumarakody Kumaramanne
Kumarawickrama Kumarabandara Somasinghe Somasuriya Somawardena Somaratne Somanayake
Somasekara Somathilake Somatunga Somaweera Somakoon Somakody Somawickrama Somabandara
Premasinghe Premasuriya Premawardena Premaratne Premanayake Premasekara Premathilake
Prematunga Premaweera Premakoon Premakody Premawickrama Premabandara Hemasinghe Hemasuriya
Hemawardena Hemaratne Hemanayake Hemasekara Hemathilake Hematunga Hemaweera Hemakoon
Hemakody Hemawickrama Hemabandara Wimalasinghe Wimalasuriya Wimalawardena Wimalaratne
Wimalanayake Wimalasekara Wimalathilake Wimalatunga Wimalaweera Wimalakoon Wimalakody
Wimalamanne Wimalawickrama Wimalabandara Kulasinghe Kulasuriya Kulawardena Kularatne
Kulanayake Kulasekara Kulathilake Kulatunga Kulaweera Kulakoon Kulakody Kulamanne
Kulawickrama Kulabandara Munasinghe Munasuriya Munawardena Munaratne Munasekara
Munathilake Munatunga Munaweera Munakoon Munakody Munamanne Munawickrama Munabandara
Ariyasinghe Ariyasuriya Ariyawardena Ariyaratne Ariyanayake Ariyasekara Ariyathilake
Ariyatunga Ariyaweera Ariyakoon Ariyakody Ariyamanne Ariyawickrama Ariyabandara
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round107", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
