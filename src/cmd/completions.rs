//! `forecast completions SHELL` and `forecast man`: the command line described for shells
//! (clap_complete) and for `man` (clap_mangen), both generated from the clap types in
//! `cli.rs`, so they always list the flags the binary takes.

use crate::app::Io;
use crate::cli::{Cli, CompletionsArgs};
use crate::error::{Error, Result};
use clap::CommandFactory;

/// The completion script for `args.shell`.
pub fn completions(args: &CompletionsArgs, io: &mut Io<'_>) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "forecast", &mut buf);
    super::write_out(io, &String::from_utf8_lossy(&buf))
}

/// The manual page: the top-level page, then one section per command with its options.
pub fn man(io: &mut Io<'_>) -> Result<()> {
    let err = |e: std::io::Error| Error::io("writing the manual page", e);
    let command = Cli::command();
    let mut buf = Vec::new();
    let page = clap_mangen::Man::new(command.clone());
    page.render_title(&mut buf).map_err(err)?;
    page.render_name_section(&mut buf).map_err(err)?;
    page.render_synopsis_section(&mut buf).map_err(err)?;
    page.render_description_section(&mut buf).map_err(err)?;
    page.render_options_section(&mut buf).map_err(err)?;
    page.render_subcommands_section(&mut buf).map_err(err)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("forecast {}", sub.get_name());
        let sub = sub.clone().bin_name(name);
        let mut roff = Vec::new();
        let sub_page = clap_mangen::Man::new(sub.clone());
        sub_page.render_synopsis_section(&mut roff).map_err(err)?;
        sub_page.render_options_section(&mut roff).map_err(err)?;
        sub_page.render_extra_section(&mut roff).map_err(err)?;
        // Each command's part under a heading of its own, its sections as subsections.
        let text = String::from_utf8_lossy(&roff)
            .replace(".SH EXTRA", ".SS NOTES")
            .replace(".SH ", ".SS ");
        buf.extend_from_slice(format!(".SH \"{}\"\n", sub.get_name()).as_bytes());
        if let Some(about) = sub.get_about() {
            buf.extend_from_slice(format!("{about}\n").as_bytes());
        }
        buf.extend_from_slice(text.as_bytes());
    }
    let mut tail = Vec::new();
    page.render_extra_section(&mut tail).map_err(err)?;
    page.render_version_section(&mut tail).map_err(err)?;
    let tail = String::from_utf8_lossy(&tail)
        .replace(".SH EXTRA", ".SH \"EXIT STATUS, ENVIRONMENT, EXAMPLES\"");
    buf.extend_from_slice(tail.as_bytes());
    super::write_out(io, &examples_unfilled(&String::from_utf8_lossy(&buf)))
}

/// The page with each `Examples:` (`Example:`, `Forms:`) block set no-fill (`.nf` ... `.fi`)
/// up to its first blank line or request: roff fills and hyphenates text to the page width,
/// so at 80 columns `man` joined an example's lines and broke them elsewhere
/// (`--sort probabil-` / `ity`), and a command copied from the page did not run (ad7 F1).
fn examples_unfilled(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 256);
    let mut unfilled = false;
    for line in page.lines() {
        if unfilled && (line.trim().is_empty() || line.starts_with('.')) {
            out.push_str(".fi\n");
            unfilled = false;
        }
        out.push_str(line);
        out.push('\n');
        if matches!(line.trim_end(), "Examples:" | "Example:" | "Forms:") {
            out.push_str(".nf\n");
            unfilled = true;
        }
    }
    if unfilled {
        out.push_str(".fi\n");
    }
    out
}
