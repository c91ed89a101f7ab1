// Generated from layouts/*.yaml by BuiltInLayoutsTests (BANHUI_RECORD=1 swift test --filter BuiltInLayouts).
// Do not edit: change the YAML file and re-record.
enum BuiltInLayouts {
    static let texts: [String: String] = [
        "banquet-1": #"""
            # 小宴会厅：一张十人圆桌。
            title: 宴会厅（一桌）
            kind: banquet
            door: bottom
            tables:
              - {x: 8, y: 6, seats: 10}

            """#,
        "banquet-10": #"""
            # 大宴会厅：十桌，舞台在上方，主桌临台居中（main: true），门在下方。
            title: 大宴会厅（十桌，临台主桌）
            kind: banquet
            door: bottom
            tables:
              - {x: 24, y: 4, seats: 14, main: true}
              - {x: 12, y: 4, seats: 10}
              - {x: 36, y: 4, seats: 10}
              - {x: 6, y: 13, seats: 10}
              - {x: 18, y: 13, seats: 10}
              - {x: 30, y: 13, seats: 10}
              - {x: 42, y: 13, seats: 10}
              - {x: 6, y: 22, seats: 10}
              - {x: 18, y: 22, seats: 10}
              - {x: 30, y: 22, seats: 10}

            """#,
        "banquet-3": #"""
            # 宴会厅：三桌一字排开，门在下方。
            title: 宴会厅（三桌一字排开）
            kind: banquet
            door: bottom
            tables:
              - {x: 6, y: 6, seats: 10}
              - {x: 16, y: 6, seats: 12}
              - {x: 26, y: 6, seats: 10}

            """#,
        "banquet-5": #"""
            # 宴会厅：五桌梅花形，主桌居中。
            title: 宴会厅（五桌梅花形）
            kind: banquet
            door: bottom
            tables:
              - {x: 16, y: 10, seats: 12}
              - {x: 6, y: 4, seats: 10}
              - {x: 26, y: 4, seats: 10}
              - {x: 6, y: 16, seats: 10}
              - {x: 26, y: 16, seats: 10}

            """#,
        "county-auditorium": #"""
            # 县级礼堂：三区两过道（8 | 12 | 8），20 排；第 10 排后有横向过道；
            # 第 1 排两端为音控台位置（封闭座位）。
            title: 县委大礼堂（三区两过道，20排）
            kind: hall
            door: bottom
            rows:
              - "xsssssss..ssssssssssss..sssssssx"
              - {seats: "ssssssss..ssssssssssss..ssssssss", repeat: 9}
              - {seats: "ssssssss..ssssssssssss..ssssssss", repeat: 10}

            """#,
        "meeting-room-long-table": #"""
            # 会议室：一张与门平行的长桌，每侧 6 座（对坐式会谈）。
            title: 会议室（长桌，十二座）
            kind: talks
            door: bottom
            tables:
              - {x: 10, y: 6, seats: 12, shape: long}

            """#,
        "photo-stand": #"""
            # 合影台：前排 9 座（奇数，1 号居中），后两排站立 11、13 人。
            title: 合影台（三排）
            kind: photo
            rows:
              - "..sssssssss.."
              - ".sssssssssss."
              - "sssssssssssss"

            """#,
        "rostrum-1-row": #"""
            # 主席台，一排 9 座。
            title: 主席台（一排九座）
            kind: rostrum
            rows:
              - "sssssssss"

            """#,
        "rostrum-2-rows": #"""
            # 主席台，两排：前排 9 座，后排 11 座（前排不分列，rule 1.1.8）。
            title: 主席台（两排，前九后十一）
            kind: rostrum
            rows:
              - ".sssssssss."
              - "sssssssssss"

            """#,
        "u-shaped-room": #"""
            # 会见厅：马蹄形（U 形）沙发，11 座，主人与主宾居中面门（并列式会见）。
            title: 会见厅（U 形，十一座）
            kind: talks
            shape: u
            door: bottom
            rows:
              - "sssssssssss"

            """#,
    ]
}
