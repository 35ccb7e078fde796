#!/usr/bin/env python3
"""Writes round118_first_names.txt and round118_surnames.txt, the hundred-and-eighteenth
round's measuring names, from the names written out below by hand: as given names those of
the families of Shandong province, and as surnames the family names of the Turkish-speaking
families of Trabzon and Rize on the eastern Black Sea coast. Two origins the sixth to
hundred-and-seventeenth rounds' hand-written lists did not cover as a list's origin (no
earlier list, row or commit message names Shandong, Trabzon, Rize or the Black Sea as an
origin; earlier general lists named Chinese and Turkish names among many origins, and the
Laz, whose names the drops read, so they do not come back); see
handwritten_round118_PROVENANCE.md.

    python3 write_round118_names.py

No package, data file or web page is read: the lists are written here. The given names
are Chinese given names as the families of the province give them, in Hanyu Pinyin without
tone marks, the two syllables written as one word (the older generations' names, with a
generation syllable shared by brothers or sisters, among them); the surnames are the
family names the coast's families took in 1934 from the name their lineage was known by,
an ancestor's name with a title or nickname before it or his trade, and "oglu" ("son of")
after it, written in plain letters without the Turkish letters' marks. One spelling each.

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

# The given names of the families of Shandong province, men's then women's, in Hanyu
# Pinyin without tone marks, the two syllables written as one word.
GIVEN_SHANDONG = """
Jianguo Jianjun Jianhua Jianmin Jianping Jianxin Jianzhong Jiancheng Jianwei Jianbo
Guoqiang Guoping Guohua Guoliang Guodong Guofeng Guoxiang Guozhong Guosheng Guorui
Zhiqiang Zhiyong Zhigang Zhiming Zhijun Zhiwei Zhihua Zhiguo Zhicheng Zhixin Weidong
Weiguo Weimin Weixing Weijun Weihua Weiping Weiqiang Xiaodong Xiaojun Xiaogang Xiaoming
Xiaowei Xiaolong Xiaobing Xiaofeng Xiaoguang Hongwei Hongjun Hongbin Honggang Hongtao
Hongliang Hongsheng Hongxing Haitao Haibo Haiyang Haifeng Haijun Haiming Haisheng Haiqing
Haidong Yongsheng Yongqiang Yonggang Yongjun Yongxiang Yongfu Yongming Yonghong Qingshan
Qinglin Qingfu Qinghua Qingsong Qingtao Qingyun Fengshan Fengming Fengqi Fenglin Fengxiang
Chuanzhi Chuanfu Chuanqi Chuanxi Chuanliang Chuanbao Chuanshun Xianliang Xianfeng
Xianzhong Xianmin Xiangdong Xiangyang Xiangqian Dechang Deshun Defu Decheng Dewang Deshan
Deming Dexiang Dezhi Shouren Shoushan Shoulin Shouyi Shoucheng Zhaolin Zhaoxin Zhaoyang
Zhaohui Zhaojun Xuelin Xuebin Xuejun Xuefeng Xuewen Yulin Yuliang Yucheng Yuxiang Yushan
Yuming Yuhang Yuze Wenbin Wenjie Wenhao Wentao Wenge Wenxuan Wenqing Wenlong Wenbo Zhenhua
Zhenyu Zhenguo Zhenjiang Zhenxing Zhendong Zhenshan Lianfu Lianjie Lianxiang Lianqing
Lianshan Chengzhi Chenggang Chenglong Chengxin Chengwu Shengli Shengjun Shenglin
Shengqiang Shengtao Baoguo Baoshan Baolin Baocheng Baoping Baohua Baoxiang Baozhong
Fuqiang Fugui Fusheng Fuxing Fulin Fucheng Fuhai Guangming Guangyu Guangrong Guanghui
Guangzhi Guanghua Guangjun Guangqian Jinlong Jingang Jinbao Jinsheng Jinshan Jintao
Jinghai Jingwei Kaixuan Kaiwen Kaifeng Kaiming Lichun Liming Lijun Liqiang Lixin Mingyuan
Mingxuan Minghui Mingjie Mingzhe Mingrui Peilin Peiqi Peiyuan Peijun Ruiqi Ruilin Ruixiang
Ruifeng Shuguang Shulin Shuqing Shuangxi Tiejun Tieshan Tiezhu Tiecheng Xinmin Xinhua
Xinyu Xinrui Xinguo Yanbin Yanjun Yanlong Yanming Yaozu Yaozong Yaoting Yuanchao Yuanhang
Yuanjie Yuanpei Zengguang Zengxiang Zengrong Zhanshan Zhanjun Zhanqi Zhanbiao Zhongliang
Zhongyi Zhonghua Zhongxin Zhongjie Zijian Zihao Zixuan Ziyang Zirui Ziming Zongxian
Zongwei Zongyuan Haoran Haoyu Haoxuan Hongyu Junjie Junhao Junlin Junwei Yichen Yifan
Yuhao Tianyu Tianyi Tianxiang Tianci Pengfei Pengcheng Pengju Penghui Kunpeng Kunlun
Kunshan Laifu Laishun Laibao Laixi Erniu Ershun Ergou Dazhuang Dahai Dashan Dalin Dayong
Enlai Enhua Enshan Huaiyuan Huaixin Huaishan Jiaqi Jiahao Jiahui Jiayu Jiawei Guiying
Guilan Guizhi Guifang Guirong Guixiang Guiqin Guihua Guizhen Guiling Shuzhen Shulan
Shuying Shufang Shurong Shuqin Shuyan Shuxia Shuhua Yulan Yuzhen Yuying Yufang Yurong
Yuxia Yuqin Yuhua Yuling Yumei Xiuying Xiulan Xiuzhen Xiumei Xiufang Xiurong Xiuqin Xiuxia
Xiuhua Xiuyun Fengying Fenglan Fengzhi Fengxia Fengqin Fengmei Fengzhen Cuihua Cuiping
Cuilan Cuiying Cuiling Cuixia Chunmei Chunhua Chunyan Chunling Chunxia Chunlan Chunying
Chunxiang Chunrong Hongmei Hongyan Hongxia Hongying Hongling Hongfang Hongyun Lihua Lijuan
Liping Limei Lifang Lixia Liying Lirong Lihong Liyun Xiaoyan Xiaohong Xiaomei Xiaoli
Xiaoling Xiaojuan Xiaoxia Xiaofang Xiaoqing Xiaohui Yanping Yanhong Yanling Yanfang Yanmei
Yanxia Yanqiu Yanhua Jinghua Jingjing Jingyi Jingwen Jingxuan Jingfang Jingmei Meiling
Meifang Meihua Meiying Meixia Meijuan Meirong Ailing Aihua Aiping Aiying Ailian Aiqin
Qiaoling Qiaoyun Qiaomei Qiaozhen Suzhen Suying Suhua Sufen Suqin Sulan Sumei Huilan
Huimin Huifang Huiying Huijuan Huiqin Huizhen Ruixue Ruiying Ruilan Yuxuan Yutong Yunxi
Yuqi Yuxin Yuhan Zihan Ziyi Zixin Zitong Xinyi Xinyue Xinran Xinlei Wanjun Wanqing Wanxia
Wanrong Haiyan Haixia Hailing Haiying Haiou Qiuju Qiuyue Qiuxia Qiuping Qiuling Qiuyan
Dongmei Donglan Dongxia Dongying Xuemei Xueling Xueqin Xuehua Xuelian Lanying Lanfang
Lanzhi Lanxiang Lanhua Jinfeng Jinling Jinxia Jinhua Jinlan Jinying Yinfeng Yinhua Yinling
Caixia Caihong Caiyun Caiping Yunxia Yunfang Yunying Yunmei Guiqiu Guihong Shuangshuang
Tingting Lingling Yingying Dandan Lili Nana Lulu Mengyao Mengqi Mengjie Mengting Yating
Yaxin Yanan Yaqian Shanshan Shanshui Ruoxi Ruotong Ruonan Siqi Siyu Sitong Siyi Yiran
Yinuo Yijia Yiting Jiayi Jiaxin Jiaying Jiaxuan Wenjing Wenting Wenxin Wenli Yuehua
Yueying Yuelan Zhaodi Laidi Pandi Genghong Qingxiang Qingrui Qinghe Qingzhen Qingchun
Qingde Qinggui Qingyou Qinglong Qingbao Qingjiang Fenghe Fengchun Fengyou Fengtai Fenggui
Fengde Chuanyou Chuanjiang Chuanhai Chuande Chuanxiang Chuanrui Chuanwu Deyou Dehai Derui
Degui Dejiang Dequan Dezhong Deliang Dezhen Shouyou Shoufu Shoujiang Shouxin Shouqian
Shoubao Shouhai Zhaofu Zhaoqing Zhaoxiang Zhaoshan Zhaotai Lianyou Lianzhong Liancheng
Lianbao Lianhai Baoqing Baochun Baojiang Baotian Baoyou Baoquan Baorui Fuyou Fuquan
Fuxiang Fushan Fujiang Fude Jinfu Jinyou Jingui Jinquan Jincheng Jinrui Tiezhong Tiebao
Tielin Zhanfu Zhanyou Zhankui Zhanhai Zengfu Zengshan Zengrui Laiwang Laishan Laifa Laiyou
Shuanzhu Shuanbao Shuanxi Suozhu Suobao Guiyun Guiju Guixia Guimei Guiyu Guilian Shuyun
Shuju Shuqiu Shucui Fengju Fengyun Fengqiu Fengcui Cuiyun Cuiju Cuifeng Cuie Chunju
Chunyun Chunqin Chunfeng Qiaoju Qiaolian Qiaocui Lanju Lanqin Lanxiu Lanyun Yinju Yinlan
Yinxia Yinzhi Jinju Jinyun Jinzhi Jincui Yuju Yucui Yuxiu Xiuju Xiucui Xiuyu Xiue Dongju
Dongcui Dongyun Meiju Meicui Meiyun Suyun Suju Sucui Aiju Aiyun Aicui
""".split()

# The family names of the Turkish-speaking families of Trabzon and Rize: an ancestor's
# name with a title or nickname before it, or a trade, and "oglu" after it, in plain letters.
SURNAMES_TRABZON_RIZE = """
Hacisalihoglu Haciosmanoglu Hacialioglu Hacihasanoglu Hacimustafaoglu Haciibrahimoglu
Hacihaliloglu Hacihuseyinoglu Haciahmetoglu Hacimehmetoglu Haciomeroglu Haciyusufoglu
Haciismailoglu Hacisuleymanoglu Hacivelioglu Haciyakupoglu Hacibekiroglu Hacieminoglu
Hacirecepoglu Hacikadiroglu Hacimusaoglu Haciyunusoglu Hacimahmutoglu Hacihamzaoglu
Haciabdullahoglu Haciramazanoglu Hacidursunoglu Haciselimoglu Karaosmanoglu Karaalioglu
Karamehmetoglu Karahasanoglu Karamustafaoglu Karaibrahimoglu Karahaliloglu Karahuseyinoglu
Karaahmetoglu Karaomeroglu Karayusufoglu Karaismailoglu Karasuleymanoglu Karavelioglu
Karayakupoglu Karabekiroglu Karaeminoglu Karakadiroglu Karamusaoglu Karayunusoglu
Karamahmutoglu Karahamzaoglu Karaabdullahoglu Karaselimoglu Karadursunoglu Karasalihoglu
Karamemisoglu Mollaoglu Mollamehmetoglu Mollahasanoglu Mollaosmanoglu Mollaalioglu
Mollamustafaoglu Mollaibrahimoglu Mollahuseyinoglu Mollaahmetoglu Mollaomeroglu
Mollayusufoglu Mollaismailoglu Mollasuleymanoglu Mollasalihoglu Mollahaliloglu
Mollavelioglu Mollayakupoglu Mollabekiroglu Mollaeminoglu Mollamusaoglu Mollamahmutoglu
Mollahamzaoglu Mollaabdullahoglu Molladursunoglu Mollaselimoglu Hafizoglu Hafizalioglu
Hafizosmanoglu Hafizmehmetoglu Hafizhasanoglu Hafizmustafaoglu Hafizahmetoglu
Hafizibrahimoglu Hafizsalihoglu Hafizomeroglu Hafizyusufoglu Hafizhuseyinoglu Hocaoglu
Hocaalioglu Hocamehmetoglu Hocahasanoglu Hocaosmanoglu Hocamustafaoglu Hocaahmetoglu
Hocaibrahimoglu Hocasalihoglu Hocaomeroglu Hocayusufoglu Hocahuseyinoglu Hocaismailoglu
Topaloglu Topalhasanoglu Topalalioglu Topalmehmetoglu Topalosmanoglu Topalmustafaoglu
Topalahmetoglu Topalibrahimoglu Topalsalihoglu Topalomeroglu Topalhuseyinoglu Uzunoglu
Uzunhasanoglu Uzunalioglu Uzunmehmetoglu Uzunosmanoglu Uzunmustafaoglu Uzunahmetoglu
Uzunibrahimoglu Uzunsalihoglu Uzunomeroglu Uzunhuseyinoglu Uzunyusufoglu Delioglu
Delihasanoglu Delialioglu Delimehmetoglu Deliosmanoglu Delimustafaoglu Deliahmetoglu
Deliibrahimoglu Delisalihoglu Deliomeroglu Delihuseyinoglu Sarioglu Sarihasanoglu
Sarialioglu Sarimehmetoglu Sariosmanoglu Sarimustafaoglu Sariahmetoglu Sariibrahimoglu
Sarisalihoglu Sariomeroglu Sarihuseyinoglu Sariyusufoglu Koseoglu Kosehasanoglu
Kosealioglu Kosemehmetoglu Koseosmanoglu Kosemustafaoglu Koseahmetoglu Koseibrahimoglu
Kosesalihoglu Koseomeroglu Kosehuseyinoglu Keloglu Kelhasanoglu Kelalioglu Kelmehmetoglu
Kelosmanoglu Kelmustafaoglu Kelahmetoglu Korhasanoglu Koralioglu Kormehmetoglu
Korosmanoglu Kormustafaoglu Korahmetoglu Kucukalioglu Kucukhasanoglu Kucukmehmetoglu
Kucukosmanoglu Kucukmustafaoglu Kucukahmetoglu Buyukalioglu Buyukhasanoglu Buyukmehmetoglu
Buyukosmanoglu Buyukmustafaoglu Buyukahmetoglu Kahyaoglu Kahyaalioglu Kahyahasanoglu
Kahyamehmetoglu Kahyaosmanoglu Cavusoglu Cavusalioglu Cavushasanoglu Cavusmehmetoglu
Cavusosmanoglu Kadioglu Kadialioglu Kadihasanoglu Kadimehmetoglu Kadiosmanoglu Kethudaoglu
Kethudaalioglu Kethudahasanoglu Kethudamehmetoglu Celebioglu Celebialioglu Celebihasanoglu
Celebimehmetoglu Celebiosmanoglu Hekimoglu Hekimalioglu Hekimhasanoglu Hekimmehmetoglu
Imamoglu Imamalioglu Imamhasanoglu Imammehmetoglu Imamosmanoglu Katipoglu Katipalioglu
Katiphasanoglu Katipmehmetoglu Reisoglu Reisalioglu Reishasanoglu Reismehmetoglu
Reisosmanoglu Kaptanoglu Kaptanalioglu Kaptanhasanoglu Kaptanmehmetoglu Kaptanosmanoglu
Agaoglu Agaalioglu Agahasanoglu Agamehmetoglu Agaosmanoglu Dervisoglu Dervisalioglu
Dervishasanoglu Dervismehmetoglu Sofuoglu Sofualioglu Sofuhasanoglu Sofumehmetoglu
Yazicioglu Terzioglu Demircioglu Kasapoglu Bakkaloglu Kalaycioglu Hamamcioglu Kuyumcuoglu
Berberoglu Saracoglu Semercioglu Tufekcioglu Bicakcioglu Nalbantoglu Degirmencioglu
Kayikcioglu Gemicioglu Balikcioglu Hancioglu Camcioglu Bostancioglu Kahvecioglu
Ekmekcioglu Helvacioglu Sekercioglu Kuyucuoglu Tellioglu Yaylaoglu Kabadayioglu
Bezircioglu Boyacioglu Kazancioglu Bakircioglu Kirecioglu Kiremitcioglu Dokumacioglu
Fincancioglu Tuzcuoglu Yagcioglu Sabuncuoglu Mumcuoglu Kavukcuoglu Yorgancioglu Keceoglu
Dabakoglu Tabakoglu Cilingiroglu Kalafatoglu Salihoglu Osmanoglu Alioglu Hasanoglu
Mehmetoglu Mustafaoglu Ibrahimoglu Haliloglu Huseyinoglu Ahmetoglu Omeroglu Yusufoglu
Ismailoglu Suleymanoglu Velioglu Yakupoglu Bekiroglu Eminoglu Recepoglu Kadiroglu Musaoglu
Yunusoglu Mahmutoglu Hamzaoglu Abdullahoglu Ramazanoglu Dursunoglu Selimoglu Memisoglu
Ethemoglu Cemaloglu Rizaoglu Hakkioglu Nurioglu Fevzioglu Sakiroglu Rasitoglu Kalyoncuoglu
Gurbuzoglu Karadenizoglu Yavuzoglu Tekeoglu Kurtoglu Aslanoglu Kaplanoglu Karakurtoglu
Bozkurtoglu Sahinoglu Doganoglu Atmacaoglu Kartaloglu Karakusoglu Tavsanoglu Karaca
Hamurcu Kalyoncu Gurbuz Hacibektasoglu Sinanoglu Bayraktaroglu Tasdelenoglu Karahalil
Karaduman Karabacak Hacikadiroglu Beslioglu Onbasioglu Yuzbasioglu Binbasioglu
Bolukbasioglu Cavdaroglu Findikoglu Cayoglu Cayirlioglu Derelioglu Tepelioglu
""".split()

# Words written above that are not names: none.
NOT_NAMES: set = set()

# The given names and the surnames, each in one list.
GIVEN = GIVEN_SHANDONG
SURNAMES = SURNAMES_TRABZON_RIZE


def main() -> None:
    write_kept_given_and_surnames("round118", GIVEN, SURNAMES, NOT_NAMES)


if __name__ == "__main__":
    main()
