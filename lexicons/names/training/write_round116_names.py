#!/usr/bin/env python3
"""Writes round116_first_names.txt and round116_surnames.txt, the hundred-and-sixteenth
round's measuring names, from the names written out below by hand: the given names and
family names of the mountain peoples of central and eastern Taiwan and of Orchid Island
that no earlier list named as its origin (the Bunun, the Tsou of Alishan, the Rukai, the
Truku and Seediq, the Saisiyat and the Tao of Orchid Island). An origin the sixth to
hundred-and-fifteenth rounds' hand-written lists did not cover as a list's origin (no
earlier list, row or commit message names the Bunun, Tsou, Rukai, Truku, Seediq,
Saisiyat, Tao, Yami, Orchid Island, Lanyu, Alishan or Taroko; the thirteenth round's hand-written list named other peoples of
Taiwan, the Atayal, Amis, Paiwan and Puyuma, whose names the drops read, so they do not
come back); see handwritten_round116_PROVENANCE.md.

    python3 write_round116_names.py

No package, data file or web page is read: the lists are written here. The given names
are the peoples' own given names, as they are written in the romanisation of the
peoples' languages (the apostrophes and glottal-stop marks left out); the surnames are
the family, clan and house names the peoples give after a given name (the Bunun clans,
the Tsou, Rukai and Saisiyat families and houses, the Tao names of a family line). One spelling each;
names written with a particle as a word of their own are not written.

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

# The Bunun given names, men's then women's.
GIVEN_BUNUN = """
Biung Tiang Tahai Dahu Husung Nabu Salizan Aziman Langus Talum Bisazu Puqu Qaisul Laung
Tanbu Atul Alang Bukun Tasvaz Nihu Manqu Vilian Haisul Tiangvaz Pasul Lisav Tamasul Sunal
Qaising Manaz Binkin Tulbu Tinah Ibu Savi Abus Umav Anu Bali Neqou Ubu Kaitu Sauli Akila
Hainu Aping Ilan Kaiting Valis Sumav Naung Buan Nakai Ibung Ivut Dalusi
""".split()

# The Tsou given names.
GIVEN_TSOU = """
Pasuya Voyu Yapasuyongu Uyongu Tibusungu Avai Tanivu Yangui Muknu Akuaine Yaipuyu Yakumu
Tosku Peyongsi Yulunu Pauyo Mayav Yaisi Tiaki Ayungu Yoifo Paicu Moyo Akuo Yapsuyongu
Yuasu Cohiu Yosku Tanivo Voyuana Paingu Ongu Atiyungu Soyo Ekiu Aemana Yangu Uyosi Yuyu
Tibusu Mahavu
""".split()

# The Rukai given names.
GIVEN_RUKAI = """
Kui Sakinu Dresedrese Kaumu Sabau Lavausu Kalrimadrau Aruladrenge Balenge Drengedrenge
Muni Sauniaw Kaviyangan Lavaus Malrang Dalrasan Sumaralrai Kapitan Lamaing Abaliwsu Kulele
Ipulu Ladriyu Lrebelrebe Tukuvulj Paelabang Lrangalrang
""".split()

# The Truku and Seediq given names.
GIVEN_TRUKU_SEEDIQ = """
Walis Iwan Pawan Yudaw Pihu Temi Lituk Awi Takun Dakis Kumu Labi Ukan Piling Yabu Robo
Mona Rudaw Tado Bakan Watan Teyra Hayung Ipay Lowsi Siyang Tiwas Obing Uking Bawan Habo
Kuyu Nawi Yayut Lawa Apay Temu Kimi Sapu Sayun Yuma Taymu Umin Losin Pasang Ciwas Tanah
Away Bidaw Rubiy Tuyan Yuhaw Sudu Baki Hetay Tumun Pisaw Iyung Tiyu Kumi Sipaw Yaki Ubung
Dapas Nomin Kulas Bulung Wasi Pitay Rabay Tapas Towki Kaji
""".split()

# The Saisiyat given names.
GIVEN_SAISIYAT = """
Tahes Obay Ataw Oemaw Yopaw Kalae Ubay Iban Bonay Tanga Maya Bawnay Taro Lalo Ilaw Tiyaw
Buya Payan Tiwaz Bunay Baay Hayo
""".split()

# The Tao given names.
GIVEN_TAO = """
Rapongan Mavivo Jipeygan Kalomaw Manirei Mitanakan Veisikan Talakaw Kaypungan Kapogan
Wilang Kakyanan Jiminaw Makaya Malalaw Pagewun Sinpalalangen Maraos Kamanan Yaneing Kotoko
Ngalolog Jiyaman Sinawalan Jiakmeyi Zapagan Tazaw Siraen Maylaw Syapen
""".split()

# The Bunun clan names.
SURNAMES_BUNUN = """
Istanda Istasipal Takisvilainan Takiludun Takivatan Takbanuaz Tanapima Tansikian Isbabanal
Islituan Ispalidav Takishusungan Takiscibal Takislinkian Takisdahuan Takishudulan
Takituduh Takiviahlan Balalavi Manququ Soqluman Mandavan Qalavangan Lanqaian Palalavi
Nakaicima Halipusun Tamapima Suaqaqan Ispalakan Takibakha Tasinan Takisdalun Takisbisazuan
Takisnavan Takistahaiyan Takitulan Takilmutan Tanaiskaun Isiliduan Isqaqavut Ismahasan
Ismahaliv Tanluan Takiscioan Takistaulan Takihaitunan Tasiantaan Isbukun Tanapiman
Takiwasia Takivilainan Takisusungan Katnavan Isingqamuan Mabaliv Takiscilaian Tanaskaun
Tamaluan Qaitulan Takiqaungan Istaanan
""".split()

# The Tsou family names.
SURNAMES_TSOU = """
Peongsi Tiakiana Yakumangana Avaiiana Yasiyungu Niahosa Tapangu Yulunana Akuyana
Noacachiana Yatauyungana Muknana Poiconu Ngiausu Kautana Esvtoana Yaisikana Tanivuana
Youveoana Yaskiyana Ueaina Tapaanu Tiakiang Peisia Moesna Luhkuana Yaipuyana Pasuyana
""".split()

# The Rukai house names.
SURNAMES_RUKAI = """
Kadresengan Tamalrakaw Lrakuli Kadrangilan Mabalu Dramulalrane Pulrelrivang Lavalrigan
Kaumuan Tulalumai Lrubuane Balrigiane Rakelra Kalritan Dalaipange Marudrane Lavalrwanu
Pakedavai Lavausane Tanubake Kasanalrana Kaleimadang
""".split()

# The Saisiyat clan names.
SURNAMES_SAISIYAT = """
Kaybaybaw Titiyon Tautauwazai Sawan Kaskasiyan Babai Karamut Tanohila Baboy Sayboen Kaleh
Tawtawazay Sawaan Tanohiya Minrahen Kamlan Kayshial Tawtawaza Hayawan Bisal
""".split()

# The Tao names of a family line.
SURNAMES_TAO = """
Syaman Sinan Siapen Jipangungu Malaos Jimasik Kaminan Jivalino Kamatawan Jipeilatan
Jiyakay Sinapanga Jimavonot Jimowrud Jiyakayan
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list.
GIVEN = GIVEN_BUNUN + GIVEN_TSOU + GIVEN_RUKAI + GIVEN_TRUKU_SEEDIQ + GIVEN_SAISIYAT + GIVEN_TAO
SURNAMES = (
    SURNAMES_BUNUN
    + SURNAMES_TSOU
    + SURNAMES_RUKAI
    + SURNAMES_SAISIYAT
    + SURNAMES_TAO
)


def main() -> None:
    write_kept_given_and_surnames("round116", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
