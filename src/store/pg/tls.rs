//! TLS for PostgreSQL connections, read the way libpq reads it: `sslmode` (from the URL,
//! else `PGSSLMODE`, else `prefer`) and `sslrootcert` (from the URL, else `PGSSLROOTCERT`,
//! else `~/.postgresql/root.crt` when it exists; `system` for the machine's trusted roots),
//! and the rustls connector they make.
//!
//! | sslmode | encrypted | server certificate checked |
//! |---|---|---|
//! | `disable` | never | no |
//! | `allow`, `prefer` (default) | when the server offers it | no |
//! | `require` | always | against the root certificates when a root file exists, as libpq does |
//! | `verify-ca` | always | signed by a root certificate |
//! | `verify-full` | always | signed by a root certificate and naming the host |
//!
//! As in libpq, `sslrootcert=system` makes `verify-full` the default and refuses a weaker
//! mode, and `sslmode` means nothing over a Unix socket (no TLS is tried there). Client
//! certificates (`sslcert`, `sslkey`) are not supported and are refused by name.

use crate::error::{Error, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore};
use rustls::{Error as TlsError, SignatureScheme};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Option<SslMode> {
        Some(match text.to_ascii_lowercase().as_str() {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }

    /// What the driver is told: it knows only whether TLS is off, tried or required; the
    /// checks of the certificate are the connector's.
    pub fn driver_mode(self) -> postgres::config::SslMode {
        match self {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Allow | SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                postgres::config::SslMode::Require
            }
        }
    }
}

/// Where the root certificates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCerts {
    /// A PEM file of one or more certificates.
    File(PathBuf),
    /// The machine's trusted roots (`sslrootcert=system`).
    System,
}

/// The TLS a target asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsSettings {
    pub mode: SslMode,
    /// `None`: no root file named and `~/.postgresql/root.crt` absent.
    pub roots: Option<RootCerts>,
    /// Why the server's certificate could not be checked as the mode asks (no root file, a
    /// named one missing), as (what, why): refused only when a host is reached over TCP,
    /// since libpq tries no TLS over a Unix socket and looks for no root file there (ad2 F5).
    pub refusal: Option<(String, String)>,
}

/// The TLS keys of a URL's query that the driver does not read, with what to do instead.
const UNSUPPORTED: [(&str, &str); 6] = [
    ("sslcert", "client certificates are not supported"),
    ("sslkey", "client certificates are not supported"),
    ("sslpassword", "client certificates are not supported"),
    ("sslcrl", "certificate revocation lists are not read"),
    ("sslcrldir", "certificate revocation lists are not read"),
    ("sslsni", "the host name is always sent (SNI)"),
];

/// Takes `sslmode` and `sslrootcert` out of `url`'s query (the driver knows neither
/// `verify-ca`, `verify-full` nor `sslrootcert`) and reads them with the environment and
/// libpq's defaults. Returns the URL without them. `what` names the URL in errors.
pub(crate) fn take(
    url: &str,
    what: &str,
    var: &dyn Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Result<(String, TlsSettings)> {
    let (base, query, fragment) = split_query(url);
    let mut kept = Vec::new();
    let mut mode_text = None;
    let mut root_text = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => mode_text = Some((format!("{what} `...sslmode={value}`"), value)),
            "sslrootcert" => {
                let path = super::super::target::percent_decode(value).ok_or_else(|| {
                    Error::invalid(
                        format!("{what} `...sslrootcert=...`"),
                        "not a percent-encoded path",
                    )
                })?;
                root_text = Some(path);
            }
            _ => {
                if let Some((_, why)) = UNSUPPORTED.iter().find(|(k, _)| *k == key) {
                    return Err(Error::invalid(
                        format!("{what} `...{key}=...`"),
                        format!("{why} by this tool; take `{key}` out of the URL"),
                    ));
                }
                kept.push(pair);
            }
        }
    }
    let env_mode = var("PGSSLMODE");
    let (shown, mode_text) = match (&mode_text, &env_mode) {
        (Some((shown, value)), _) => (shown.clone(), Some(value.to_string())),
        (None, Some(value)) => (format!("PGSSLMODE `{value}`"), Some(value.clone())),
        (None, None) => (String::new(), None),
    };
    let root_text = root_text.or_else(|| var("PGSSLROOTCERT"));
    let roots = match root_text.as_deref() {
        Some("system") => Some(RootCerts::System),
        Some(path) => Some(RootCerts::File(PathBuf::from(path))),
        None => home
            .map(|h| h.join(".postgresql").join("root.crt"))
            .filter(|p| p.is_file())
            .map(RootCerts::File),
    };
    let mode = match mode_text.as_deref() {
        Some(text) => SslMode::parse(text).ok_or_else(|| {
            Error::invalid(
                shown.clone(),
                "expected one of disable, allow, prefer, require, verify-ca, verify-full",
            )
        })?,
        None if roots == Some(RootCerts::System) => SslMode::VerifyFull,
        None => SslMode::Prefer,
    };
    if roots == Some(RootCerts::System) && mode != SslMode::VerifyFull {
        return Err(Error::invalid(
            shown,
            "sslrootcert=system checks the server against the machine's trusted roots, which only means something with the host name checked too: use sslmode=verify-full (as libpq requires)",
        ));
    }
    let named_file = root_text.is_some();
    let mut refusal = None;
    if matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull) {
        match &roots {
            None => {
                let default = home
                    .map(|h| h.join(".postgresql").join("root.crt").display().to_string())
                    .unwrap_or_else(|| "~/.postgresql/root.crt".to_string());
                refusal = Some((
                    shown,
                    format!("checking the server's certificate needs root certificates, and the root certificate file `{default}` does not exist: name one with `sslrootcert=FILE` in the URL (or PGSSLROOTCERT), use the machine's trusted roots with `sslrootcert=system`, or use sslmode=require to encrypt without checking"),
                ));
            }
            Some(RootCerts::File(path)) if named_file && !path.is_file() => {
                refusal = Some((
                    format!("sslrootcert `{}`", path.display()),
                    "no such file".to_string(),
                ));
            }
            _ => {}
        }
    }
    let mut url = base.to_string();
    if !kept.is_empty() {
        url.push('?');
        url.push_str(&kept.join("&"));
    }
    url.push_str(fragment);
    Ok((
        url,
        TlsSettings {
            mode,
            roots,
            refusal,
        },
    ))
}

/// `url` as (before the query, the query without its `?`, the fragment with its `#`).
fn split_query(url: &str) -> (&str, &str, &str) {
    let (rest, fragment) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    match rest.split_once('?') {
        Some((base, query)) => (base, query, fragment),
        None => (rest, "", fragment),
    }
}

/// The rustls connector for `settings`: root certificates read now, so a bad file is named
/// before any connection is tried.
pub(crate) fn connector(settings: &TlsSettings) -> Result<MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::invalid("TLS", e.to_string()))?;
    let check_roots = match settings.mode {
        SslMode::Disable | SslMode::Allow | SslMode::Prefer => false,
        SslMode::Require => settings.roots.is_some(),
        SslMode::VerifyCa | SslMode::VerifyFull => true,
    };
    let config = if !check_roots {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
            .with_no_client_auth()
    } else {
        let roots = Arc::new(root_store(settings.roots.as_ref())?);
        let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider)
            .build()
            .map_err(|e| Error::invalid("sslrootcert", e.to_string()))?;
        if settings.mode == SslMode::VerifyFull {
            builder.with_webpki_verifier(webpki).with_no_client_auth()
        } else {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(SignedOnly(webpki)))
                .with_no_client_auth()
        }
    };
    Ok(MakeRustlsConnect::new(config))
}

fn root_store(roots: Option<&RootCerts>) -> Result<RootCertStore> {
    let mut store = RootCertStore::empty();
    match roots {
        Some(RootCerts::File(path)) => {
            let what = || format!("sslrootcert `{}`", path.display());
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| Error::invalid(what(), format!("cannot read it: {e}")))?
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| Error::invalid(what(), format!("not PEM certificates: {e}")))?;
            let (added, _) = store.add_parsable_certificates(certs);
            if added == 0 {
                return Err(Error::invalid(
                    what(),
                    "holds no certificate (expected PEM, `-----BEGIN CERTIFICATE-----`)",
                ));
            }
        }
        Some(RootCerts::System) => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = store.add_parsable_certificates(found.certs);
            if added == 0 {
                return Err(Error::invalid(
                    "sslrootcert `system`",
                    "no trusted root certificates were found on this machine (Debian: apt-get install ca-certificates)",
                ));
            }
        }
        None => {}
    }
    Ok(store)
}

/// `prefer` and `require` without roots: encrypted, the certificate taken as it comes (as
/// libpq does), the handshake's signatures still checked against it.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, TlsError> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, TlsError> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, TlsError> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca` (and `require` with roots): the chain must lead to a root certificate; the
/// name in the certificate is not compared with the host.
#[derive(Debug)]
struct SignedOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for SignedOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, TlsError> {
        // The chain is checked first: a name error means the chain held.
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(TlsError::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, TlsError> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, TlsError> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(
        url: &str,
        vars: &[(&str, &str)],
        home: Option<&Path>,
    ) -> Result<(String, TlsSettings)> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let var = move |name: &str| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        take(url, "--db", &var, home)
    }

    #[test]
    fn the_mode_comes_from_the_url_then_pgsslmode_then_prefer() {
        let (url, s) = read(
            "postgres://db/x?sslmode=require&application_name=a",
            &[("PGSSLMODE", "disable")],
            None,
        )
        .unwrap();
        assert_eq!(url, "postgres://db/x?application_name=a");
        assert_eq!(s.mode, SslMode::Require);
        assert_eq!(s.roots, None);
        let (_, s) = read(
            "postgres://db/x",
            &[
                ("PGSSLMODE", "verify-full"),
                ("PGSSLROOTCERT", "/etc/hostname"),
            ],
            None,
        )
        .unwrap();
        assert_eq!(s.mode, SslMode::VerifyFull);
        assert_eq!(
            s.roots,
            Some(RootCerts::File(PathBuf::from("/etc/hostname")))
        );
        let (url, s) = read("postgres://db/x#f", &[], None).unwrap();
        assert_eq!(url, "postgres://db/x#f");
        assert_eq!(s.mode, SslMode::Prefer);
    }

    #[test]
    fn system_roots_mean_verify_full_and_refuse_a_weaker_mode() {
        let (url, s) = read("postgres://db/x?sslrootcert=system", &[], None).unwrap();
        assert_eq!(url, "postgres://db/x");
        assert_eq!(
            (s.mode, s.roots),
            (SslMode::VerifyFull, Some(RootCerts::System))
        );
        let err = read(
            "postgres://db/x?sslrootcert=system&sslmode=require",
            &[],
            None,
        )
        .unwrap_err();
        assert!(err.to_string().contains("use sslmode=verify-full"), "{err}");
    }

    #[test]
    fn checking_without_roots_names_the_default_file_and_the_ways_out() {
        // Kept as the refusal a TCP host gets (`PgTarget::parse`; a socket gets none).
        let home = tempfile::tempdir().unwrap();
        let (_, s) = read("postgres://db/x?sslmode=verify-ca", &[], Some(home.path())).unwrap();
        let (what, text) = s.refusal.unwrap();
        assert_eq!(what, "--db `...sslmode=verify-ca`");
        assert!(
            text.contains(".postgresql/root.crt` does not exist"),
            "{text}"
        );
        assert!(text.contains("sslrootcert=system"), "{text}");
        let (_, s) = read(
            "postgres://db/x?sslmode=verify-full&sslrootcert=/no/such.pem",
            &[],
            None,
        )
        .unwrap();
        assert_eq!(
            s.refusal,
            Some(("sslrootcert `/no/such.pem`".into(), "no such file".into()))
        );
    }

    #[test]
    fn the_default_root_file_is_used_when_it_exists() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir(home.path().join(".postgresql")).unwrap();
        let file = home.path().join(".postgresql/root.crt");
        std::fs::write(&file, "x").unwrap();
        let (_, s) = read("postgres://db/x?sslmode=require", &[], Some(home.path())).unwrap();
        assert_eq!(s.roots, Some(RootCerts::File(file)));
    }

    #[test]
    fn a_bad_mode_and_client_certificates_are_refused_by_name() {
        let err = read("postgres://db/x?sslmode=always", &[], None).unwrap_err();
        assert!(err.to_string().contains("verify-full"), "{err}");
        let err = read("postgres://db/x?sslcert=/me.crt", &[], None).unwrap_err();
        assert!(
            err.to_string()
                .contains("client certificates are not supported"),
            "{err}"
        );
        assert!(!err.to_string().contains("/me.crt"), "{err}");
    }

    #[test]
    fn a_root_file_without_certificates_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ca.pem");
        std::fs::write(&file, "not a certificate\n").unwrap();
        let settings = TlsSettings {
            mode: SslMode::VerifyCa,
            refusal: None,
            roots: Some(RootCerts::File(file)),
        };
        let err = connector(&settings).err().unwrap();
        assert!(err.to_string().contains("holds no certificate"), "{err}");
    }
}
