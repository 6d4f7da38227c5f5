# Sourced by the real-data checks (real-records.sh, corp-check.sh): builds ledgers from the
# data sets in ../shared/data-external/ (never copied into this repository) with the tool's
# own `import`, --map and --set. Fails loudly if the data is missing.
#
#   real_ledgers BIN WORK    # writes WORK/niplav.sqlite3, zach.sqlite3, zach-marked.sqlite3,
#                            # scott.sqlite3
# Expects FORECAST_TODAY to be set by the caller.

real_data=${FORECAST_EXTERNAL_DATA:-../shared/data-external}

real_ledgers() {
    local bin=$1 work=$2 need
    for need in niplav-predictionbook-metaculus/pb.csv niplav-predictionbook-metaculus/met.csv \
                zach-jacobi-predictions-2017-2019/predictions.csv scott-alexander-predictions-2020-2021/predictions.csv; do
        if [ ! -f "$real_data/$need" ]; then
            echo "error: real-record data missing: $real_data/$need (expected beside the checkout in ../shared)" >&2
            exit 1
        fi
    done
    [ -x "$bin" ] || { echo "error: no forecast binary at $bin (run cargo build)" >&2; exit 1; }

    # niplav: the files carry no dates and no question text, only durations: `range` is the
    # seconds from the forecast to the question's resolution. The conversion keeps the rows
    # the article kept (range >= 0, i.e. not made after resolution), names each question by
    # platform and id, dates every deadline on the article's day (2020-03-24, so every
    # forecast is matured) and each made_on the whole days of its range before it, so
    # deadline - made_on is the forecast's horizon. Everything else is the tool's own import.
    niplav() { # file prefix
        awk -F, -v prefix="$2" '
            # Howard Hinnant civil_from_days: days since 1970-01-01 to YYYY-MM-DD.
            function civil(z,   era, doe, yoe, y, doy, mp, d, m) {
                z += 719468
                era = int((z >= 0 ? z : z - 146096) / 146097)
                doe = z - era * 146097
                yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
                y = yoe + era * 400
                doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
                mp = int((5 * doy + 2) / 153)
                d = doy - int((153 * mp + 2) / 5) + 1
                m = mp < 10 ? mp + 3 : mp - 9
                return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
            }
            BEGIN { print "question,claim,outcome,probability,made_on,deadline"; due = 18345 } # 2020-03-24
            /^#/ { next }
            $5 + 0 >= 0 {
                printf "%s-%s,%s question %s,%s,%s,%s,%s\n", prefix, $1, prefix, $1, $3, $4,
                    civil(due - int($5 / 86400)), civil(due)
            }' "$1"
    }
    niplav "$real_data/niplav-predictionbook-metaculus/pb.csv" predictionbook > "$work/pb.csv"
    niplav "$real_data/niplav-predictionbook-metaculus/met.csv" metaculus > "$work/met.csv"
    "$bin" --db "$work/niplav.sqlite3" import "$work/pb.csv" --set source=PredictionBook
    "$bin" --db "$work/niplav.sqlite3" import "$work/met.csv" --set source=Metaculus

    # Zach Jacobi: one ledger scored with the corrected `outcome` column, one with the
    # outcomes exactly as the posts mark them.
    local zach="$real_data/zach-jacobi-predictions-2017-2019/predictions.csv"
    local zmap=(--map claim=question --map made_on=created_date --map resolved_on=resolved_date)
    "$bin" --db "$work/zach.sqlite3" import "$zach" "${zmap[@]}"
    "$bin" --db "$work/zach-marked.sqlite3" import "$zach" "${zmap[@]}" --map outcome=outcome_as_marked

    # Scott Alexander.
    "$bin" --db "$work/scott.sqlite3" import "$real_data/scott-alexander-predictions-2020-2021/predictions.csv" \
        --map claim=question --map made_on=created_date --map resolved_on=resolved_date
}
