#!/usr/bin/env python3
"""Build other years of the Lin'an progress table from the 2023 sample, plus an answer key.

Deterministic: no randomness, every edit is listed below. Run from the repository root:

    python3 Scripts/make-year-fixtures.py

Reads  Tests/Fixtures/linan-2023-annual.txt
Writes Tests/Fixtures/years/linan-{2021,2022,2024}-annual.txt, linan-2024-halfyear.txt,
       linan-2023-annual.txt (a copy, so the folder holds one region's full history)
       and answer-key.json: for each compared pair, the true links as [before number, after number].

Edits mimic how real tables change between years: reworded tasks (持续推进 -> 深化), renumbering
(from added, dropped and moved rows), targets raised and lowered (1000亩 -> 1200亩) or written
another way (3万吨标煤 -> 30000吨标准煤), categories renamed, split, merged, new and dropped
(亚运筹办工作 exists only in 2023), tasks moved between categories.
"""
import copy
import json
import os
import re

SAMPLE = "Tests/Fixtures/linan-2023-annual.txt"
OUT = "Tests/Fixtures/years"
SECTION = re.compile(r"^[一二三四五六七八九十]+、")


def read_sample(path):
    """Return [{title, categories: [{name, section, tasks: [{key, task, progress}]}]}] from the sample."""
    cells = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("\t"):
            cells.append(line[1:])
        elif line.strip() and cells:
            cells[-1] += "\n" + line
    cells = cells[4:]  # header row
    cats, section, i = [], None, 0
    while i < len(cells):
        if SECTION.match(cells[i]):
            section = cells[i].strip()
            i += 1
            continue
        number, cat, task, progress = cells[i:i + 4]
        cat = cat.replace("\n", "").strip()
        if cat and (not cats or cats[-1]["name"] != cat):
            cats.append({"name": cat, "section": section, "tasks": []})
        cats[-1]["tasks"].append({"key": "t" + number.strip(), "task": task.strip(), "progress": progress.strip()})
        i += 4
    return cats


def find(cats, key):
    for cat in cats:
        for task in cat["tasks"]:
            if task["key"] == key:
                return cat, task
    raise KeyError(key)


def cat_named(cats, prefix):
    return next(c for c in cats if c["name"].startswith(prefix))


def drop(cats, keys):
    for key in keys:
        cat, task = find(cats, key)
        cat["tasks"].remove(task)


def move(cats, key, to_prefix):
    cat, task = find(cats, key)
    cat["tasks"].remove(task)
    cat_named(cats, to_prefix)["tasks"].append(task)


def edit(cats, key, old, new):
    _, task = find(cats, key)
    assert old in task["task"], (key, old, task["task"])
    task["task"] = task["task"].replace(old, new, 1)


def rewrite(cats, key, text):
    _, task = find(cats, key)
    task["task"] = text


def add(cats, prefix, key, text, progress, at=None):
    tasks = cat_named(cats, prefix)["tasks"]
    item = {"key": key, "task": text, "progress": progress}
    tasks.insert(len(tasks) if at is None else at, item)


def split(cats, prefix, first_count, new_name):
    """Keep the first tasks under the old name, put the rest in a new category right after it."""
    cat = cat_named(cats, prefix)
    rest = {"name": new_name, "section": cat["section"], "tasks": cat["tasks"][first_count:]}
    cat["tasks"] = cat["tasks"][:first_count]
    cats.insert(cats.index(cat) + 1, rest)


def merge(cats, into_prefix, from_prefix):
    into, other = cat_named(cats, into_prefix), cat_named(cats, from_prefix)
    into["tasks"].extend(other["tasks"])
    cats.remove(other)


def reword(cats, rules):
    """Apply (old, new) replacements to every task text once each."""
    for cat in cats:
        for task in cat["tasks"]:
            for old, new in rules:
                if task["task"].startswith(old):
                    task["task"] = new + task["task"][len(old):]
                    break


def year_2022(base):
    cats = copy.deepcopy(base)
    for key in ("t156", "t157", "t158"):
        move(cats, key, "优化公共")  # sport tasks sat under public services before the Games year
    cats.remove(cat_named(cats, "亚运筹办"))  # 152-155 are new in 2023
    cat_named(cats, "扩空间")["name"] = "拓展发展空间"  # renamed in 2023
    split(cats, "老城添韵味", 8, "老城焕新颜")  # merged into 老城添韵味 in 2023
    reword(cats, [("深化", "持续推进"), ("全面", "扎实"), ("加快", "积极推进")])
    edit(cats, "t9", "1000亩", "800亩")  # 2023 raised it from 800
    edit(cats, "t3", "9500亩", "12000亩")  # 2023 lowered it from 12000
    edit(cats, "t4", "3万吨标煤", "30000吨标准煤")  # same target written another way
    drop(cats, ["t12", "t27", "t60", "t95", "t118", "t133"])  # new in 2023
    rewrite(cats, "t66", "打好碧水保卫战，完成“幸福河湖”试点县建设。")  # clause added in 2023
    rewrite(cats, "t109", "推进政务服务2.0建设，新设基层服务点10个。")
    rewrite(cats, "t36", "实施老旧小区改造提升，完成改造12个。")
    add(cats, "老城添韵味", "n22e", "建成开放苕溪公园。", "苕溪公园建成开放。")  # a different park than 玲珑山公园
    add(cats, "抓项目", "n22a", "推进临安区智慧物流园区建设，完成一期主体工程。", "一期主体工程完成结顶。")
    add(cats, "打造美丽", "n22b", "完成农村生活污水处理设施标准化运维站点建设50个。", "完成标准化运维站点建设52个。")
    add(cats, "加强社会", "n22c", "新建城乡社区居家养老服务照料中心12家。", "新建照料中心12家。")
    add(cats, "维护安全", "n22d", "开展安全生产专项整治三年行动巩固提升。", "正在推进专项整治，部分任务滞后。")
    move(cats, "t30", "新城出形象")  # moved to 促转型 in 2023
    return cats


def year_2021(y2022):
    cats = copy.deepcopy(y2022)
    cat_named(cats, "抓项目")["name"] = "抓项目扩投资"
    reword(cats, [("持续推进", "推进"), ("扎实", "全力"), ("完成", "基本完成")])
    edit(cats, "t9", "800亩", "600亩")
    drop(cats, ["t20", "t45", "t71", "t101", "t140", "n22c"])
    add(cats, "促转型", "n21a", "推动规上工业企业数字化改造全覆盖，新增上云企业300家。", "新增上云企业312家。")
    add(cats, "产城增活力", "n21b", "启动城东农贸市场改造提升工程。", "正在进行方案设计。")
    add(cats, "做优营商", "n21c", "深化“最多跑一次”改革，实现政务服务事项网上可办率98%以上。", "网上可办率达99.2%。")
    return cats


def year_2024(base):
    cats = copy.deepcopy(base)
    drop(cats, ["t152", "t153", "t154", "t155"])
    for key in ("t156", "t157", "t158"):
        move(cats, key, "优化公共")
    cats.remove(cat_named(cats, "亚运筹办"))  # only in 2023
    cat_named(cats, "新城出形象")["name"] = "新城建设提质"  # renamed
    split(cats, "产城增活力", 4, "城市品质提升")  # split
    reword(cats, [("持续推进", "深化"), ("继续推进", "深入推进"), ("加快", "全力推进"), ("全面", "全域")])
    edit(cats, "t9", "1000亩", "1200亩")  # raised
    edit(cats, "t3", "9500亩", "8000亩")  # lowered
    edit(cats, "t4", "3万吨标煤", "30000吨标准煤")  # written another way: not a change
    edit(cats, "t157", "1.8万平方米", "1.5万平方米")  # lowered
    edit(cats, "t156", "100场次", "120场次")  # raised
    drop(cats, ["t2", "t8", "t31", "t39", "t52", "t77", "t107", "t117", "t121", "t137", "t150"])
    drop(cats, ["t57", "t116"])  # unfinished in 2023 (装修 70%, 内墙 50%) and no longer listed
    # Heavy rewording of carried-over tasks (true links).
    rewrite(cats, "t36", "实施城镇老旧小区改造提升工程，完成改造20个。")
    rewrite(cats, "t38", "新建公共停车泊位1500个。")
    rewrite(cats, "t53", "杭十四中青山湖学校建成投用。")
    rewrite(cats, "t70", "深化大气污染防治，PM2.5浓度稳定达到国家二级标准。")
    rewrite(cats, "t131", "实施稳就业行动，城镇新增就业2.8万人。")
    rewrite(cats, "t128", "新建城市书房4个、文化驿站1个、完成“送戏下乡”108场以上，深化文化惠民工程。")
    rewrite(cats, "t90", "青山湖景区创成国家4A级旅游景区。")
    # Look-alikes of dropped tasks (not links): another park, another school.
    add(cats, "老城添韵味", "n24f", "建成开放青山湖公园。", "青山湖公园建成开放。", at=4)
    add(cats, "优化公共", "n24g", "锦城七中新建项目建成投用。", "主体工程完成，正在装修。", at=3)
    move(cats, "t26", "抓项目")
    move(cats, "t141", "加强社会")
    cats.insert(3, {"name": "发展新质生产力", "section": cats[0]["section"], "tasks": []})
    add(cats, "发展新质生产力", "n24a", "培育人工智能、低空经济等未来产业，新招引未来产业项目10个以上。", "新招引未来产业项目12个。")
    add(cats, "发展新质生产力", "n24b", "实施“机器换人”攻坚，新增工业机器人500台。", "新增工业机器人536台。")
    add(cats, "发展新质生产力", "n24c", "建设青山湖科技城概念验证中心2家。", "正在建设，完成1家。")
    add(cats, "优化公共", "n24d", "新建婴幼儿照护服务机构5家，新增托位300个。", "新建机构5家，新增托位320个。", at=2)
    add(cats, "维护安全", "n24e", "推进燃气安全专项整治，完成老旧管网改造30公里。", "完成老旧管网改造22公里，滞后于计划。")
    return cats


def half_year(y2024):
    cats = copy.deepcopy(y2024)
    for index, cat in enumerate(cats):
        for j, task in enumerate(cat["tasks"]):
            first = re.split(r"[；;。]", task["progress"])[0]
            task["progress"] = first + "，正在推进中。" if (index + j) % 3 else first + "。"
    drop(cats, ["n24e"])  # added to the table only at year-end
    edit(cats, "t9", "1200亩", "1100亩")  # the half-year table still carried the earlier figure
    return cats


def render(title, cats):
    progress = "进展情况" if "半年" in title else "完成情况"
    out = ["附件", "", title, "", "\t序号\n\t工作目标\n\t工作任务\n\t" + progress, ""]
    section, number, numbers = None, 0, {}
    for cat in cats:
        if not cat["tasks"]:
            continue
        if cat["section"] != section:
            section = cat["section"]
            out += ["\t" + section, ""]
        for j, task in enumerate(cat["tasks"]):
            number += 1
            numbers[task["key"]] = str(number)
            name = cat["name"] if j == 0 else ""
            out += ["\t%d \n\t%s\n\t%s\n\t%s" % (number, name, task["task"], task["progress"]), ""]
    return "\n".join(out) + "\n", numbers


def main():
    base = read_sample(SAMPLE)
    y2022 = year_2022(base)
    years = {
        "2021": ("linan-2021-annual.txt", "2021年政府工作报告重点工作完成情况表", year_2021(y2022)),
        "2022": ("linan-2022-annual.txt", "2022年政府工作报告重点工作完成情况表", y2022),
        "2023": ("linan-2023-annual.txt", None, base),
        "2024-06": ("linan-2024-halfyear.txt", "2024年政府工作报告重点工作半年度进展情况", None),
        "2024": ("linan-2024-annual.txt", "2024年政府工作报告重点工作完成情况表", year_2024(base)),
    }
    years["2024-06"] = (years["2024-06"][0], years["2024-06"][1], half_year(years["2024"][2]))
    os.makedirs(OUT, exist_ok=True)
    numbers = {}
    for label, (name, title, cats) in years.items():
        if title is None:
            text = open(SAMPLE, encoding="utf-8").read()
            numbers[label] = render("", cats)[1]
        else:
            text, numbers[label] = render(title, cats)
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
    pairs = [("2021", "2022"), ("2022", "2023"), ("2023", "2024-06"), ("2024-06", "2024"), ("2023", "2024")]
    key = {"files": {label: spec[0] for label, spec in years.items()}, "links": {}}
    for a, b in pairs:
        shared = [k for k in numbers[a] if k in numbers[b]]
        links = sorted(([numbers[a][k], numbers[b][k]] for k in shared), key=lambda p: int(p[0]))
        key["links"]["%s->%s" % (a, b)] = links
    with open(os.path.join(OUT, "answer-key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for pair, links in key["links"].items():
        print(pair, len(links), "links")


if __name__ == "__main__":
    main()
