#!/usr/bin/env bash
# Readers beside writers (issue 15): 4 writers and 4 readers run `sco` against one file store in loops for N
# seconds. Writers import files of their own (each retries every fourth file, which must be reported as already
# stored); readers run `store info`, `score --store`, `store audit` and `store verify` without a pause. No command
# may fail, no reader may see the batch count go down, and at the end the store holds exactly the batches the
# writers were told were imported, once each, with one audit entry each.
#
# Usage: .ci/store-concurrency.sh SCO [seconds=60]
set -euo pipefail
sco=$1
seconds=${2:-60}
work=$(mktemp -d /tmp/store-concurrency.XXXXXX)
trap 'rm -rf "$work"' EXIT
store="$work/store"
printf 'rep_id,role\nw0,consultant\nw1,consultant\nw2,consultant\nw3,consultant\n' >"$work/roster.csv"
printf 'task_id,competency_id,role,monthly_target,weight\ncalls,communicating-effectively,consultant,10,1\n' \
    >"$work/rules.csv"
printf 'rep_id,task_id,occurred_on,quantity\nw0,calls,2025-01-01,1\n' >"$work/seed.csv"
"$sco" store import --store "$store" --activities "$work/seed.csv" --actor seed >/dev/null
started=$SECONDS
end=$((SECONDS + seconds))

writer() {
    local w=$1 n=0 imported=0 retried=0 rows=0 failed=0 file out
    while ((SECONDS < end)); do
        file="$work/w$w-$n.csv"
        printf 'rep_id,task_id,occurred_on,quantity\nw%d,calls,2025-%02d-%02d,%d\nw%d,calls,2025-%02d-%02d,1\n' \
            "$w" $((n % 12 + 1)) $((n % 28 + 1)) $((n + 2)) "$w" $((n % 12 + 1)) $((n % 27 + 2)) >"$file"
        if out=$("$sco" store import --store "$store" --activities "$file" --actor "w$w" 2>>"$work/w$w.err"); then
            [[ $out == imported\ 2\ activities* ]] || { echo "writer $w: $out" >>"$work/w$w.err"; failed=$((failed + 1)); }
            imported=$((imported + 1))
            rows=$((rows + 2))
        else
            failed=$((failed + 1))
        fi
        if ((n % 4 == 3)); then # a client retrying a batch it already sent: stored once, reported as such
            if out=$("$sco" store import --store "$store" --activities "$work/w$w-$((n - 2)).csv" --actor "w$w" \
                2>>"$work/w$w.err"); then
                [[ $out == already\ stored:* ]] || { echo "writer $w retry: $out" >>"$work/w$w.err"; failed=$((failed + 1)); }
                retried=$((retried + 1))
            else
                failed=$((failed + 1))
            fi
        fi
        n=$((n + 1))
    done
    echo "$imported $retried $rows $failed" >"$work/w$w.result"
}

reader() {
    local r=$1 n=0 failed=0 last=0 batches
    while ((SECONDS < end)); do
        case $r in
        0)
            if out=$("$sco" store info --store "$store" --format json 2>>"$work/r$r.err"); then
                batches=$(sed -n 's/^ *"batches" : \([0-9]*\),*$/\1/p' <<<"$out")
                if ((batches < last)); then
                    echo "reader 0: batches went from $last to $batches" >>"$work/r$r.err"
                    failed=$((failed + 1))
                fi
                last=$batches
            else failed=$((failed + 1)); fi
            ;;
        1) "$sco" score --store "$store" --roster "$work/roster.csv" --rules "$work/rules.csv" --summary \
            >/dev/null 2>>"$work/r$r.err.all" || { tail -1 "$work/r$r.err.all" >>"$work/r$r.err"; failed=$((failed + 1)); } ;;
        2) "$sco" store audit --store "$store" --format json >/dev/null 2>>"$work/r$r.err" || failed=$((failed + 1)) ;;
        3) "$sco" store verify --store "$store" >/dev/null 2>>"$work/r$r.err" || failed=$((failed + 1)) ;;
        esac
        n=$((n + 1))
    done
    echo "$n $failed" >"$work/r$r.result"
}

for w in 0 1 2 3; do writer "$w" & done
for r in 0 1 2 3; do reader "$r" & done
wait

imports=0 retries=0 rows=1 failures=0
for w in 0 1 2 3; do
    read -r imported retried written failed <"$work/w$w.result"
    imports=$((imports + imported)) retries=$((retries + retried)) rows=$((rows + written))
    failures=$((failures + failed))
done
reads=0
for r in 0 1 2 3; do
    read -r count failed <"$work/r$r.result"
    reads=$((reads + count)) failures=$((failures + failed))
done
if ((failures > 0)); then
    echo "store concurrency: $failures commands failed:" >&2
    cat "$work"/*.err | sort | uniq -c | sort -rn | head -20 >&2
    exit 1
fi
info=$("$sco" store info --store "$store" --format json)
batches=$(sed -n 's/^ *"batches" : \([0-9]*\),*$/\1/p' <<<"$info")
activities=$(sed -n 's/^ *"activities" : \([0-9]*\),*$/\1/p' <<<"$info")
audits=$(sed -n 's/^ *"auditEntries" : \([0-9]*\),*$/\1/p' <<<"$info")
keys=$("$sco" store audit --store "$store" --format json | grep -c '"subject" : "activities/' || true)
unique=$("$sco" store audit --store "$store" --format json | grep '"subject" : "activities/' | sort -u | wc -l)
expected=$((imports + 1))
if [ "$batches" != "$expected" ] || [ "$activities" != "$rows" ] || [ "$audits" != "$expected" ] ||
    [ "$keys" != "$expected" ] || [ "$unique" != "$expected" ]; then
    echo "store concurrency: FAILED: expected $expected batches, $rows activities and $expected audit entries with" \
        "distinct keys; the store holds $batches batches, $activities activities, $audits audit entries," \
        "$unique distinct of $keys keys" >&2
    exit 1
fi
"$sco" store verify --store "$store" >/dev/null
echo "store concurrency: 4 writers and 4 readers for $((SECONDS - started)) s: $imports imports and $retries" \
    "retries (each reported as already stored), $reads reads, no failure; the store holds exactly $batches" \
    "batches, $activities activities and $audits audit entries, each key once; verify: intact"
