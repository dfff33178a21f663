#!/usr/bin/env bash
# Prints the time and peak memory of ingesting one task whose progress cell is 0.25, 0.5 and 1 MB
# of figure-dense Chinese text, then 1 MB of words without a figure (release build, new home each
# run, process start included), so that the cost's growth with the cell's length shows.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product goalpost >/dev/null
bin=$(swift build -c release --show-bin-path)/goalpost
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "one task with a long progress cell (release, goalpost ingest, new home per run):"
for run in 0.25:figures 0.5:figures 1:figures 1:words; do
    megabytes=${run%%:*} kind=${run##*:}
    file="$work/long-$megabytes-$kind.txt"
    python3 - "$file" "$megabytes" "$kind" <<'EOF'
import random, sys
path, megabytes, kind = sys.argv[1], float(sys.argv[2]), sys.argv[3]
random.seed(20231231)
clauses = ["已完成投资{}万元，", "新建道路{}公里；", "正在推进前期工作，", "开工建设项目{}个。", "其中一期完成{}亩，",
           "完成率{}%，", "累计培训{}人次", "同比增长{}%。"]
if kind == "words":
    clauses = ["正在推进前期工作，", "持续深化改革；", "已完成主体工程、", "全面启动建设。", "其中基本完成", "待验收，"]
size, parts = int(megabytes * 1_048_576), []
while size > 0:
    part = random.choice(clauses).format(random.randint(1, 999))
    parts.append(part)
    size -= len(part.encode())
cell = "".join(parts)
with open(path, "w") as out:
    out.write("2023年政府工作报告重点工作完成情况表\n\n\t序号\n\t工作目标\n\t工作任务\n\t完成情况\n\n"
              f"\t1\n\t扩空间\n\t新建道路100公里，完成投资5亿元。\n\t{cell}\n")
EOF
    home="$work/home-$megabytes-$kind"
    stats=$( { env -u GOALPOST_HOME -u GOALPOST_CONFIG -u GOALPOST_DB HOME="$work" XDG_DATA_HOME="$work" \
        /usr/bin/time -f '%e %M' "$bin" ingest --home "$home" --region 临安区 "$file" >/dev/null; } 2>&1 | tail -1)
    read -r seconds kilobytes <<<"$stats"
    printf '  %4s MB cell of %-7s (%s bytes): %s s, peak memory %s MB\n' "$megabytes" "$kind" "$(stat -c %s "$file")" "$seconds" "$(( kilobytes / 1024 ))"
done
