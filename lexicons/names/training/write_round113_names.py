#!/usr/bin/env python3
"""Writes round113_first_names.txt and round113_surnames.txt, the hundred-and-thirteenth
round's measuring names, from the names written out below by hand: the given names and
surnames of the Native Hawaiian (Kanaka Maoli) families of the Hawaiian Islands (Oahu,
Maui, Molokai, Kauai, Niihau and Hawaii Island, Hilo and Kona among its districts), and
their families since in California, Washington, Nevada and abroad. An origin the sixth to
hundred-and-twelfth rounds' hand-written lists did not cover as a list's origin (no earlier
list, row or commit message names Hawaii, Oahu, Maui, Molokai, Kauai, Niihau, Hilo, Kona or
the Kanaka Maoli; the earlier lists' Hawaiian names are those of one general section of
the tenth round's hand-written list, one of many origins named there, which the drops read,
so its names do not come back); see handwritten_round113_PROVENANCE.md.

    python3 write_round113_names.py

No package, data file or web page is read: the lists are written here. The given names are
the Hawaiian given names of the families, most built as the families build them from
Hawaiian words (lani, lei, nani, pua, kai, ka-, ke-, kalei-, kea-, -lani, -nani, -loha),
and the Hawaiian forms of Christian names the families have borne since the nineteenth
century; the surnames are the Hawaiian family names the families have written since
family names were taken in the nineteenth century, most from the given names of a
forebear. In plain letters, as the families write them in Latin letters most often, the
okina and the kahako left out, one spelling each.

Each name in plain letters, capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once, in the order written, given names first
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles (`TITLES`)
and the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) left out; no written word is not a name (`NOT_NAMES` is
empty). No surname is written that is also written as a given name here; no place name,
and no name of a god, a king or a queen, is written. Bare names, no person's record and no
list of anyone. Every name also on any other list of lexicons/names/training or
lexicons/names/*.txt, or an English word, is dropped by train-pii. Measuring names only,
never trained on. Project licence.
"""

from name_list_tools import write_kept_given_and_surnames

# The Hawaiian given names.
GIVEN_HAWAIIAN = """
Kalani Keoni Kawika Kimo Keala Kealoha Kekoa Kainoa Kaimana Kaipo Kaleo Kanoa Kapono Keahi
Kealii Keawe Kehau Keola Kiele Koa Konani Lanakila Leilani Leimomi Lokelani Mahina Makana Makoa
Malia Mele Meleana Moana Momi Nalani Nalu Noelani Nohea Okalani Palila Pilialoha Pua Pualani
Puanani Ululani Wailani Kahele Kamaka Ikaika Kaimi Maile Mapuana Nani Nainoa Kainalu Kaulana
Makani Kaohi Kapua Kahealani Kaleinani Keonaona Kuulei Haunani Healani Leialoha Pomaikai Kalei
Mililani Hiilani Akoni Alana Alohi Anuenue Hoku Hokulani Iolana Iolani Kahiau Kaiulani Kalena
Kamalei Kamakana Keikilani Kaila Lani Malie Mana Noe Iokepa Kaniela Lopaka Makaio Mikala Pekelo
Likeke Liko Pika Kahoku Kahikina Kaiona Kalama Kalehua Kaleikaumaka Kaleolani Kanoelani Pualei
Kuuipo Kehaulani Kamahao Kanani Kananiokalani Kapulani Kauanoe Kaulike Kawena Keaka Kealamakia
Kealohalani Keakaokalani Keaolani Kekai Kekaimalu Keliikoa Keliihoomalu Keolamaikalani Kiaha
Kilohana Leinani Leialii Lehua Lehuanani Lokahi Luana Mahealani Mahiai Mailelani Makamae
Makanani Malulani Malama Mamo Manaiakalani Manuwai Melelani Mohala Nahoa Nakoa Naleo Nalei
Nalualani Namaka Nanea Nohealani Noelehua Oliana Olinoe Paoa Piilani Pohai Pohaku Puakea Puaena
Pualeilani Puamana Puaalohi Uilani Ulalia Ulaleo Uluwehi Waianuhea Wailele Wehilani Akamu Analu
Aukai Elikapeka Haloa Hekili Hiapo Hinano Hoapili Hokuao Hoomana Iakona Ikaikalani Ioane Iosepa
Kaalakea Kaeo Kahaku Kahale Kahanu Kahiapo Kahikili Kahoalii Kaikaina Kaimalino Kainani
Kaiolohia Kaipolani Kaiwi Kala Kalaau Kalahikiola Kalanikau Kaleikoa Kaleikini Kaleionaona
Kaleimakamae Kaliko Kalua Kamaile Kamalani Kamalu Kamanu Kamuela Kanekoa Kaniala Kanoho
Kaohinani Kapena Kauhane Kauhi Kauikeaolani Kaulia Kaumakaiwa Kawai Kawailani Kawaikapu Kawehi
Kawelo Keakealani Kealanahele Kealohi Keanuenue Kehaunani Kekailoa Kekaulike Kekumu Kelamua
Kelii Keliikanakaole Keliiokalani Kemamo Keoki Keonilani Keoneula Kepa Kepano Kiana Kiliona
Kimokeo Kinohi Kiope Koakanu Kolohe Kuhai Kuhaulua Kuikahi Kukona Kunane Kuualoha Kuuleialoha
Laakea Lahela Lanihuli Lanikila Leilehua Leimamo Leinaala Leiohu Lilinoe Loke Lokalia Luukia
Mahoe Makaala Makaleka Makalii Makali Malakai Malanai Manaolana Mehana Meheula Meleanna
Mikahala Mikioi Moke Momilani Naea Naeole Nahale Nahele Nakai Nalanikahiau Nalehua Namahana
Nanaikapono Naupaka Nawai Noa Noeau Nohili Olamana Olena Oleloa Palani Paleka Palekaiko
Palikapu Peleke Piimoku Pohakea Pono Puakai Puakailima Pualena Pulelehua Puni Uakoko Ualani
Wahinekapu Waiola Wainani Waipuna Wanaao Haliaka Hauoli Heleloa Hiwalani Hiwa Iwalani Kaahanui
Kaeolani Kahalelani Kahiwa Kahoaka Kaiahua Kalamakuu Kamakaokalani Kamakea Kaneikapolei Kapaia
Kapaliku Kaulalani Kawaiola Keaupuni Keawekane Kekuhi Kekuewa Keonimana Kiaaina Kilinahe
Kuanoni Kuilima Kupaa Kupono Lehuanui Lonoikaika Luahine Mailekini Makaukane Malukai Manakai
Manawai Mauliola Nahinu Naluai Namakana Naoki Nohona Paakaula Palakiko Pelekane Pilipo Uhane
""".split()

# The Hawaiian family names.
SURNAMES_HAWAIIAN = """
Akaka Kahanamoku Kahananui Kamakau Kaholokula Kaaihue Kaaua Kaauwai Kahaleanu Kahalewai
Kahalekulu Kahaulelio Kaheaku Kahoohanohano Kaiama Kaiawe Kalahiki Kalaiwaa Kalaniopio Kalawaia
Kaleikau Kaleiohi Kaluhiwa Kamalii Kamana Kanahele Kanae Kanakaole Kapahu Kapaona Kapela Kapiko
Kapu Kauka Kaula Kaupu Kawaa Kawaauhau Keawemauhili Kekahuna Kekona Keliihananui Keliikuli
Kepaa Kepilino Kiakona Kinimaka Kuahiwinui Kuamoo Kuhia Kukahiko Kupahu Kupau Kupihea Mahikoa
Makaiau Makua Nahaolelua Nalua Naone Nihipali Pelekai Puaa Puhi Pukahi Waiau Waipa Waiwaiole
Aiona Akana Aki Alapai Aluli Amona Apaka Apana Ahuna Aiu Haili Hanohano Hao Hookano Ili Kaawa
Kaha Kahakua Kahala Kahaunaele Kahawaii Kahawai Kaheiki Kahili Kahoano Kahookele Kahue Kaina
Kakalia Kalahele Kalaukoa Kaleikilo Kalilikane Kalima Kaloi Kaluhiokalani Kaluna Kamakele
Kamaunu Kamealoha Kamohai Kanaele Kanahau Kanakanui Kaneakua Kaniaupio Kaniho Kanuha
Kaohelaulii Kapaku Kapahee Kapule Kauahi Kauhini Kaulukukui Kauwe Kawaakoa Keanaaina Kekauoha
Kekua Kekuna Keliinoi Kenui Keomaka Kepo Kinilau Koanui Kuahuia Kualii Kuamo Kuewa Kumalae
Kuoha Kupukaa Luahiwa Lui Makekau Makena Mokiao Nahoopii Nalaielua Namahoe Namauu Naauao
Nawahine Nawahi Nihoa Paele Pahia Pahukoa Pakele Palama Panui Pauole Peahi Pililaau Poepoe
Pokipala Puahi Puaoi Pukui Pulawa Pule Punahele Wahilani Wailehua Akau Aipa Akiona Alama Alapa
Aweau Haae Hanapi Hauanio Hee Hekekia Heen Hewahewa Hoe Hokoana Holokai Hueu Iaea Kaahu
Kaaikala Kaakimaka Kaalekahi Kaanapu Kaeha Kaeka Kahaialii Kahakauwila Kahalioumi Kahikikolo
Kahoopii Kaihe Kaikaka Kailiehu Kakaio Kalahui Kalamau Kalauli Kaleiwahea Kalilimoku Kalohi
Kamae Kamahele Kamai Kamakawiwoole Kamalo Kamau Kameenui Kamoku Kanaeholo Kanawai Kaneaiakala
Kaohu Kaopua Kapaka Kapeliela Kapiioho Kapuni Kauanui Kauhaahaa Kauhola Kaukani Kauwila
Kawahakui Kawaihoa Kawainui Kawaiaea Kealalio Keanu Keaunui Keaweamahi Kekahio Kekela Kekipi
Kelekolio Kalepa Keliipaakaua Keliiholokai Keliikipi Keliipio Kenolio Keohokalole Keomalu
Kiilehua Koahou Kolii Kukea Kumukahi Leleo Luka Mahelona Mahuka Makaila Makainai Makanui
Malakaua Maluo Manini Moikeha Mokuau Naihe Nakapaahu Naki Namakaeha Nape Napeahi Naope Naukana
Nawaa Nui Ohelo Opunui Paakonia Pai Palea Panoke Peahu Pilanaia Poaha Pohina Pualoa Puou
Uahinui Waiolama
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()


def main() -> None:
    write_kept_given_and_surnames("round113", GIVEN_HAWAIIAN, SURNAMES_HAWAIIAN, NOT_NAMES)


if __name__ == "__main__":
    main()
