//! The README's tour, run as printed: every command of the ```sh blocks under "## A short
//! tour" runs through `bash` in a fresh home directory (so the ledger is the default one,
//! created on first use) with the built `forecast` first on the PATH, from the repository's
//! root. Each must succeed; a `# -> X` line after a command must equal the first line the
//! command printed (text after two spaces on that line is a remark). So the tour cannot drift
//! from the program again.

use std::path::Path;
use std::process::Command;

/// The tour's commands with what each is expected to print first, if stated.
fn tour(readme: &str) -> Vec<(String, Option<String>)> {
    let start = readme
        .find("\n## A short tour")
        .expect("README has a tour section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    let section = &rest[..end];
    let mut steps: Vec<(String, Option<String>)> = Vec::new();
    let mut in_block = false;
    let mut pending = String::new();
    for line in section.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block && line.trim() == "```sh";
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(body) = line.trim_end().strip_suffix('\\') {
            pending.push_str(body);
            pending.push(' ');
            continue;
        }
        let logical = format!("{pending}{line}");
        pending.clear();
        let text = logical.trim();
        if let Some(expected) = text.strip_prefix("# ->") {
            let expected = expected.trim();
            let expected = expected.split("  ").next().unwrap_or("").trim().to_string();
            let last = steps.last_mut().expect("an expectation follows a command");
            last.1 = Some(expected);
        } else if !text.is_empty() && !text.starts_with('#') {
            steps.push((text.to_string(), None));
        }
    }
    steps
}

/// `bash -c COMMAND` from `dir` with the built `forecast` first on the PATH, HOME `home`,
/// the ledger `db` (the default one when `None`) and the real today.
fn shell(command: &str, dir: &Path, home: &Path, db: Option<&Path>) -> std::process::Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_forecast"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(command)
        .current_dir(dir)
        .env("PATH", &path)
        .env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("FORECAST_DB")
        .env_remove("FORECAST_TODAY")
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .stdin(std::process::Stdio::null());
    if let Some(db) = db {
        cmd.env("FORECAST_DB", db);
    }
    cmd.output().unwrap()
}

/// Runs the tour in `home` (each step must succeed and print what it says); returns the
/// ledger it built.
fn run_tour(home: &Path) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let steps = tour(&readme);
    assert!(steps.len() >= 12, "the tour has its commands: {steps:?}");
    assert!(steps.iter().filter(|s| s.1.is_some()).count() >= 3);
    for (command, expected) in &steps {
        assert!(
            command.starts_with("forecast "),
            "a tour step runs forecast: {command}"
        );
        let out = shell(command, root, home, None);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "`{command}` failed ({}): {}{}",
            out.status,
            stdout,
            String::from_utf8_lossy(&out.stderr)
        );
        if let Some(want) = expected {
            let first = stdout.lines().next().unwrap_or("").trim();
            assert_eq!(first, want, "`{command}` printed {stdout}");
        }
    }
    home.join(".local/share/forecast-ledger/ledger.sqlite3")
}

#[test]
fn the_readme_tour_runs_as_printed() {
    let home = tempfile::tempdir().unwrap();
    let ledger = run_tour(home.path());
    assert!(ledger.exists(), "the tour used the default ledger");
}

/// Every example under a subcommand's `--help` names the tour's sources, questions and
/// forecasts (and the repository's files, from its root), so each runs as printed on the
/// ledger the tour builds: a subcommand's examples one after the other on a fresh copy of
/// it, all from one scratch folder that has the repository's `data/` (so two help texts
/// writing one file name would clash, as they would for a user). Each line is given to
/// `bash` exactly as printed, remark and all (audit 16, A14: a remark in parentheses was
/// cut off here before it ran, so `(import into any calendar ...)`, a syntax error when
/// pasted, passed). An example with a placeholder (`ID`, `URL`), or that needs a
/// PostgreSQL server or writes outside the folder (completions, man pages), is not run,
/// but must still be a shell command as printed (`bash -n`). Before, 16 of them failed
/// there (ids 12 and 13, tags the tour never gives, an `op-ed.md` outside `data/tour/`,
/// files that do not exist, a probability correction after the deadline) and one amended
/// an outcome that needed no amending.
#[test]
fn every_subcommand_help_example_runs_on_the_tour_ledger() {
    use clap::CommandFactory;
    let home = tempfile::tempdir().unwrap();
    let ledger = run_tour(home.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let placeholders = ["ID ", "URL", "postgres://", "~/", "sudo", "${", "man "];
    let mut checked = 0;
    // Each subcommand's example lines, in the order `forecast --help` lists the commands.
    let mut listed: Vec<(String, Vec<String>)> = Vec::new();
    for sub in forecast_ledger::cli::Cli::command().get_subcommands_mut() {
        let help = sub.render_long_help().to_string();
        let Some(examples) = help.split("\nExample").nth(1) else {
            continue;
        };
        let joined = examples.replace("\\\n", " ");
        let mut lines = Vec::new();
        for line in joined.lines().map(str::trim) {
            // An example is a command line: `forecast ...`, or a pipe into it.
            if !line.starts_with("forecast ") && !line.contains("| forecast ") {
                continue;
            }
            let syntax = Command::new("bash")
                .args(["-n", "-c", line])
                .output()
                .unwrap();
            assert!(
                syntax.status.success(),
                "`forecast {} --help`: `{line}` is not a shell command as printed: {}",
                sub.get_name(),
                String::from_utf8_lossy(&syntax.stderr)
            );
            checked += 1;
            if placeholders.iter().any(|p| line.contains(p)) {
                continue;
            }
            lines.push(line.to_string());
        }
        listed.push((sub.get_name().to_string(), lines));
    }
    // Run them from a scratch folder that has the repository's `data/`: with `fresh`, each
    // subcommand's on a fresh copy of the tour ledger; without it, every subcommand's one
    // after the other on one copy, in the order `forecast --help` lists them, as a user
    // trying them down the list would (ux31 F4: `resolve 3 --void` made `update 3` fail).
    let run = |fresh: bool| {
        let scratch = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(root.join("data"), scratch.path().join("data")).unwrap();
        let shared = scratch.path().join("tour.sqlite3");
        std::fs::copy(&ledger, &shared).unwrap();
        let mut ran = 0;
        for (name, lines) in &listed {
            let db = if fresh {
                let db = scratch.path().join(format!("tour-{name}.sqlite3"));
                std::fs::copy(&ledger, &db).unwrap();
                db
            } else {
                shared.clone()
            };
            for command in lines {
                let out = shell(command, scratch.path(), home.path(), Some(&db));
                assert!(
                    out.status.success(),
                    "`forecast {name} --help` ({}): `{command}` failed: {}",
                    if fresh {
                        "on a fresh tour ledger"
                    } else {
                        "after the examples of the commands listed before it"
                    },
                    String::from_utf8_lossy(&out.stderr)
                );
                ran += 1;
            }
        }
        ran
    };
    let ran = run(true);
    assert!(ran >= 45, "{ran} examples ran");
    assert_eq!(run(false), ran);
    assert!(checked >= 55, "{checked} examples checked");
}

#[test]
fn the_tour_reader_joins_lines_and_reads_expectations() {
    let readme = "# x\n\n## A short tour\n\n```sh\nforecast a \\\n    --b c\n# -> 1   (remark)\n# plain comment\nforecast d   # trailing\n```\n\n```text\nnot run\n```\n\n## Next\n```sh\nforecast not-this\n```\n";
    assert_eq!(
        tour(readme),
        vec![
            ("forecast a      --b c".to_string(), Some("1".to_string())),
            ("forecast d   # trailing".to_string(), None),
        ]
    );
}

/// The lines of the `Examples:` (`Example:`, `Forms:`) blocks of `help` that are commands:
/// a line that runs something, and the lines a trailing `\` continues it onto.
fn example_lines(help: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_block = false;
    let mut continued = false;
    for line in help.lines() {
        let text = line.trim();
        if matches!(text, "Examples:" | "Example:" | "Forms:") {
            in_block = true;
            continue;
        }
        if text.is_empty() {
            in_block = false;
        }
        let command = text.starts_with("forecast ")
            || text.starts_with("psql ")
            || text.contains("| forecast ");
        if (in_block && command) || continued {
            lines.push(line.trim_end().to_string());
        }
        continued = (in_block || continued) && text.ends_with('\\');
    }
    lines
}

/// `forecast --help` and every `forecast SUBCOMMAND --help`, as a terminal `columns` wide
/// shows them (clap wraps help to the terminal, and reads `COLUMNS` when not on one).
fn help_at(args: &[&str], columns: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_forecast"))
        .args(args)
        .env("COLUMNS", columns)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// ad7 F1: on an 80-column terminal clap wrapped every example line longer than the
/// terminal, without a `\`: `forecast add --source me --claim "Launch slips" --probability
/// 30% --deadline` / `+3m`, so a line pasted as printed ran `forecast add` without its
/// deadline and then `+3m` as a command (32 example and form lines, the top-level help's `add`
/// among them; and the examples written inside option help, `--min-scored`'s with clap's
/// `[default: 5]` on the same line). Every example line is now printed whole at 80
/// columns, each example is in its command's Examples block (so the tour runs it), and the
/// manual page sets those blocks no-fill, since roff filled and hyphenated them.
#[test]
fn every_help_example_is_printed_whole_at_80_columns() {
    use clap::CommandFactory;
    let mut commands = vec![Vec::new()];
    for sub in forecast_ledger::cli::Cli::command().get_subcommands() {
        if sub.get_name() != "help" {
            commands.push(vec![sub.get_name().to_string()]);
        }
    }
    let mut checked = 0;
    for command in &commands {
        let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
        args.push("--help");
        let wide = help_at(&args, "1000");
        let narrow = help_at(&args, "80");
        let printed: Vec<&str> = narrow.lines().map(str::trim_end).collect();
        let lines = example_lines(&wide);
        assert!(!lines.is_empty(), "{args:?} has examples");
        for line in lines {
            assert!(
                printed.contains(&line.as_str()),
                "`forecast {}` at 80 columns does not print `{line}` whole:\n{narrow}",
                args.join(" ")
            );
            checked += 1;
        }
        // No example left inside an option's help, where clap wraps it and adds
        // `[default: ...]` to its line.
        for line in wide.lines() {
            assert!(
                !line.contains("Example: forecast"),
                "an example inside an option's help: {line}"
            );
        }
    }
    assert!(checked >= 90, "{checked} example lines");
    // The manual page keeps each example block's lines as printed.
    let man = help_at(&["man"], "80");
    let blocks = man
        .lines()
        .filter(|l| matches!(*l, "Examples:" | "Example:" | "Forms:"))
        .count();
    assert!(blocks >= 22, "{blocks} example blocks in the manual page");
    assert_eq!(
        man.matches("Examples:\n.nf\n").count()
            + man.matches("Example:\n.nf\n").count()
            + man.matches("Forms:\n.nf\n").count(),
        blocks
    );
    assert_eq!(
        man.matches("\n.nf\n").count(),
        man.matches("\n.fi\n").count()
    );
}
