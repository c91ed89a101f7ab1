import MeetingPlan

/// 分组讨论: groups as listed (ids, units, roles, `rest`), or split automatically with whole
/// units kept together and the four most senior people in different groups.
struct GroupAssignment {
    let context: AssignmentContext

    private var log: DiagnosticLog { context.log }

    func assign(previous: LogisticsPlan?) -> [AssignedGroup] {
        let spec = context.plan.logistics
        if let auto = spec.groupAssign { return automatic(auto, previous: previous) }
        return listed(spec.groups)
    }

    private func listed(_ specs: [GroupSpec]) -> [AssignedGroup] {
        var groupOf: [String: String] = [:]
        var members: [[String]] = specs.map { _ in [] }
        let attending = context.people.filter(context.attends).map(\.id)
        for (index, group) in specs.enumerated() where group.members != .rest {
            let chosen: [String]
            switch group.members {
            case .ids(let ids): chosen = ids.filter { context.byID[$0] != nil }
            // A unit's staff work at the meeting: they are not taken into its group.
            case .units(let units): chosen = context.people.filter { context.attends($0) && ($0.unit.map(units.contains) ?? false) }.map(\.id)
            case .roles(let roles): chosen = context.people.filter { roles.contains($0.role) }.map(\.id)
            case .rest, .all: chosen = []
            }
            for id in chosen {
                guard let person = context.byID[id] else { continue }
                if !context.attends(person) {
                    log.error(LogisticsCodes.memberNotAttending, "分组“\(quoted: group.name)”的成员 \(context.name(id)) 是工作人员，不参加讨论", at: group.marks["members"])
                    continue
                }
                if let other = groupOf[id] {
                    log.error(LogisticsCodes.inTwoGroups, "\(context.name(id)) 已在分组“\(quoted: other)”，不能再分到“\(quoted: group.name)”", at: group.marks["members"])
                    continue
                }
                groupOf[id] = group.name
                members[index].append(id)
            }
        }
        if let rest = specs.firstIndex(where: { $0.members == .rest }) {
            members[rest] = attending.filter { groupOf[$0] == nil }
            for id in members[rest] { groupOf[id] = specs[rest].name }
        }
        return specs.enumerated().map { index, group in
            if members[index].isEmpty {
                log.error(LogisticsCodes.groupsShortage, "分组“\(quoted: group.name)”没有成员", at: group.marks["members"])
            }
            for (key, officer) in [("convener", group.convener), ("deputy", group.deputy), ("liaison", group.liaison)] {
                guard let officer, context.byID[officer] != nil, !members[index].contains(officer) else { continue }
                let title = key == "convener" ? "召集人" : key == "deputy" ? "副召集人" : "联络员"
                log.error(LogisticsCodes.officerNotMember, "分组“\(quoted: group.name)”的\(title) \(context.name(officer)) 不是本组成员", at: group.marks[key])
            }
            let ordered = orderedMembers(members[index], convener: group.convener, deputy: group.deputy)
            for id in ordered {
                let how: String
                switch group.members {
                case .ids: how = "列于本组 members"
                case .units: how = "所在单位“\(context.byID[id]?.unit ?? "")”列于本组 members"
                case .roles: how = "身份为\(context.byID[id]?.role.label ?? "")"
                case .rest, .all: how = "未列入其他分组（members: rest）"
                }
                context.placements.add(id, .group, group.name, officerNote(id, group.convener, group.deputy, group.liaison) + how)
            }
            return AssignedGroup(id: group.id, name: group.name, place: group.place, convener: group.convener, deputy: group.deputy,
                                 liaison: group.liaison, members: ordered)
        }
    }

    private func officerNote(_ id: String, _ convener: String?, _ deputy: String?, _ liaison: String?) -> String {
        id == convener ? "召集人；" : id == deputy ? "副召集人；" : id == liaison ? "联络员；" : ""
    }

    /// Convener first, then deputy, then by precedence.
    private func orderedMembers(_ ids: [String], convener: String?, deputy: String?) -> [String] {
        let officers = [convener, deputy].compactMap { $0 }.filter(ids.contains)
        return officers + context.ranked(ids.filter { !officers.contains($0) })
    }

    static func numberName(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        func chinese(_ n: Int) -> String {
            if n < 10 { return digits[n] }
            if n < 20 { return "十" + digits[n % 10] }
            if n < 100 { return digits[n / 10] + "十" + digits[n % 10] }
            return String(n)
        }
        return "第\(chinese(number))组"
    }

    /// Whole units in blocks; blocks holding one of the four most senior go first, each to a
    /// group without one; then the largest blocks to the smallest groups. With `stable`, people
    /// keep the group of the previous version and only newcomers are placed.
    private func automatic(_ spec: GroupAssign, previous: LogisticsPlan?) -> [AssignedGroup] {
        let attending = context.people.filter(context.attends).map(\.id)
        let blocks = context.blocks(attending) { context.byID[$0]?.unit ?? "（无单位）\($0)" }
        guard spec.count <= blocks.count else {
            log.error(LogisticsCodes.groupsShortage, "要分 \(spec.count) 个组，但参会人员只有 \(blocks.count) 个单位（同一单位须在同一组）", at: spec.marks["groups"])
            return []
        }
        var members: [[String]] = Array(repeating: [], count: spec.count)
        var reasons: [String: String] = [:]
        var placedBefore: [String: Int] = [:]
        if spec.stable, let previous {
            for (index, group) in previous.groups.enumerated() where index < spec.count {
                for id in group.members { placedBefore[id] = index }
            }
        }
        let topFour = Set(attending.prefix(4))
        var remaining: [[String]] = []
        for block in blocks {
            let kept = block.filter { placedBefore[$0] != nil }
            for id in kept {
                members[placedBefore[id]!].append(id)
                reasons[id] = "stable: true，保留上一版本的分组"
            }
            let new = block.filter { placedBefore[$0] == nil }
            guard !new.isEmpty else { continue }
            if let anchor = kept.first.flatMap({ placedBefore[$0] }) {
                members[anchor] += new
                for id in new { reasons[id] = "新增人员，随本单位已在本组的人员" }
            } else {
                remaining.append(new)
            }
        }
        let senior = remaining.filter { !topFour.isDisjoint(with: $0) }
        let others = remaining.filter { topFour.isDisjoint(with: $0) }.enumerated()
            .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }.map(\.element)
        for block in senior {
            let holders = members.map { !topFour.isDisjoint(with: $0) }
            let target = members.indices.min { a, b in
                (holders[a] ? 1 : 0, members[a].count, a) < (holders[b] ? 1 : 0, members[b].count, b)
            }!
            members[target] += block
            for id in block { reasons[id] = "单位整体分组；本单位有位次前四的同志，分到尚无前四同志的组" }
        }
        for block in others {
            let target = members.indices.min { (members[$0].count, $0) < (members[$1].count, $1) }!
            members[target] += block
            for id in block { reasons[id] = "单位整体分组，分到当时人数最少的组" }
        }
        return members.enumerated().map { index, ids in
            let name = Self.numberName(index + 1)
            let ranked = context.ranked(ids)
            let convener = ranked.first
            for id in ranked {
                context.placements.add(id, .group, name, (id == convener ? "召集人（本组位次最高）；" : "") + (reasons[id] ?? ""))
            }
            return AssignedGroup(id: "g\(index + 1)", name: name, place: index < spec.places.count ? spec.places[index] : nil,
                                 convener: convener, deputy: nil, liaison: nil, members: ranked)
        }
    }
}
