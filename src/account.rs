//! The name of the operating-system account running a command: the journal's author on
//! SQLite, and PostgreSQL's user when neither the URL nor `PGUSER` names one.
//!
//! `USER`, then `LOGNAME`, then (on Unix) the account of the process's user id in
//! `/etc/passwd`, as libpq falls back to `getpwuid`: a cron job or a container that sets
//! neither variable connected as the empty role and signed nothing (ad2 F4).

/// The account's name, or the empty string when nothing names it; `var` reads the
/// process environment (`main.rs` passes it, as it alone reads the environment).
pub fn os_user(var: &dyn Fn(&str) -> Option<String>) -> String {
    let from_env = |name: &str| var(name).filter(|v| !v.is_empty());
    from_env("USER")
        .or_else(|| from_env("LOGNAME"))
        .or_else(|| account_of_this_process(var))
        .unwrap_or_default()
}

/// The name `/etc/passwd` gives this process's user id (the owner of `/proc/self` on Linux).
#[cfg(unix)]
fn account_of_this_process(_var: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    name_of_uid(&passwd, uid)
}

#[cfg(not(unix))]
fn account_of_this_process(var: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    var("USERNAME").filter(|v| !v.is_empty())
}

/// The first account in `passwd` (the `/etc/passwd` layout: `name:password:uid:...`) with
/// user id `uid`.
pub fn name_of_uid(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id: u32 = fields.nth(1)?.trim().parse().ok()?;
        (id == uid && !name.is_empty() && !name.starts_with('#')).then(|| name.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_found_by_its_user_id() {
        let passwd = "# comment:x:7:7\nroot:x:0:0:root:/root:/bin/bash\n\nbroken line\nann:x:1000:1000:Ann Lee,,,:/home/ann:/bin/sh\nalias:x:1000:1000::/:/bin/sh\n";
        assert_eq!(name_of_uid(passwd, 0).as_deref(), Some("root"));
        assert_eq!(name_of_uid(passwd, 1000).as_deref(), Some("ann"));
        assert_eq!(name_of_uid(passwd, 7), None);
        assert_eq!(name_of_uid(passwd, 42), None);
    }
}
