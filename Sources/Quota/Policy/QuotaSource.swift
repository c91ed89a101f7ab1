/// The instruments the rules come from (reference part B0), by the ids the policy uses.
public enum QuotaSource {
    public static let catalogue: [(id: String, title: String, url: String)] = [
        ("SRC-JF2024", "整治形式主义为基层减负若干规定（2024年）", "https://www.66laws.com/fagui/22359.html"),
        ("SRC-HYF2016", "中央和国家机关会议费管理办法（财行〔2016〕214号）", "https://5er.cn/read/428293.html"),
        ("SRC-GOV2007", "国务院办公厅关于精简会议文件改进会风文风的意见（2007年）", "http://www.anntest.com.cn/gn/news/2008/01-09/1127711.shtml"),
        ("LOC-HEB-2019", "河北省基层减负措施（2019年）", "http://tech.jiangsulong.com/a/2019/0417/228496_2.html"),
        ("LOC-AH-2019", "安徽省基层减负措施（2019年）", "http://tech.jiangsulong.com/a/2019/0215/1550192723.html"),
        ("LOC-JL-2019", "吉林省基层减负措施（2019年）", "http://www.gov.cn/hudong/2019-04/21/content_5384934.htm"),
        ("LOC-SD-2019", "山东省基层减负措施（2019年）", "http://aibd.com.cn/df/61386.html"),
        ("LOC-GZ-2014", "广州市政府系统会议精简规定（2014年）", "http://orientaldaily.on.cc/cnt/china_world/20141129/00178_020.html"),
        ("LOC-HN", "河南省会议费管理规定", "http://old.zmdnews.cn/paper/news.php?id=385337&pid=5460"),
        ("LOC-FJ-2016", "福建省省直机关会议费管理办法（2016年）", "https://m.78911.com.cn/XiangGuanZc/701066-3.html"),
        ("LOC-GT-2019", "高台县精简会议规定（2019年）", "http://gaotai.zysjw.gov.cn/Item/554.aspx"),
        ("SCHEDULE", "会务安排：同一人同一时间只能在一个主席台就座", ""),
    ]

    public static func title(of id: String) -> String { catalogue.first { $0.id == id }?.title ?? id }
    public static func url(of id: String) -> String { catalogue.first { $0.id == id }?.url ?? "" }
}
