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

#[test]
fn the_readme_tour_runs_as_printed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let steps = tour(&readme);
    assert!(steps.len() >= 12, "the tour has its commands: {steps:?}");
    assert!(steps.iter().filter(|s| s.1.is_some()).count() >= 3);
    let bin = Path::new(env!("CARGO_BIN_EXE_forecast"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let home = tempfile::tempdir().unwrap();
    for (command, expected) in &steps {
        assert!(
            command.starts_with("forecast "),
            "a tour step runs forecast: {command}"
        );
        let out = Command::new("bash")
            .arg("-c")
            .arg(command)
            .current_dir(root)
            .env("PATH", &path)
            .env("HOME", home.path())
            .env_remove("XDG_DATA_HOME")
            .env_remove("FORECAST_DB")
            .env_remove("FORECAST_TODAY")
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .output()
            .unwrap();
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
    let ledger = home
        .path()
        .join(".local/share/forecast-ledger/ledger.sqlite3");
    assert!(ledger.exists(), "the tour used the default ledger");
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
