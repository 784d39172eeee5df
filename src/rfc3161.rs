//! RFC 3161 trusted time-stamps of a SHA-256: the request a person sends to any time-stamping
//! authority, the response read back (what it stamps, when, who vouches), and offline verification
//! of the token against the authority's certificate: its signature, the certificate that signed it
//! and that certificate's issuer, its timeStamping purpose and validity. Formats only: the story's
//! use of them is `provenance::timestamp`.

use crate::i18n::{tr, tr_with};
use cms::content_info::ContentInfo;
use cms::signed_data::SignerIdentifier;
use der::asn1::{Int, OctetString};
use der::oid::ObjectIdentifier;
use der::oid::db::rfc5912::{ID_SHA_256, RSA_ENCRYPTION, SHA_256_WITH_RSA_ENCRYPTION};
use der::{Any, Decode, Encode};
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::DecodePublicKey;
use rsa::signature::Verifier;
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::der::DecodePem;
use x509_tsp::{MessageImprint, TimeStampReq, TimeStampResp, TspVersion, TstInfo};

const ID_CT_TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");
const ID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const ID_CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const ID_KP_TIME_STAMPING: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.8");
const ID_CE_EXT_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.37");

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TimestampError {
    #[error("{}", tr_with("stamp-not-response", &[("why", .0.to_string().into())]))]
    NotAResponse(String),
    #[error("{}", tr_with("stamp-not-granted", &[("status", .0.to_string().into()), ("text", .1.to_string().into())]))]
    NotGranted(String, String),
    #[error("{}", tr("stamp-no-token"))]
    NoToken,
    #[error("{}", tr_with("stamp-malformed", &[("why", .0.to_string().into())]))]
    Malformed(String),
    #[error("{}", tr_with("stamp-wrong-imprint", &[("stamped", .stamped.to_string().into()), ("expected", .expected.to_string().into())]))]
    WrongImprint { stamped: String, expected: String },
    #[error("{}", tr_with("stamp-bad-signature", &[("why", .0.to_string().into())]))]
    BadSignature(String),
    #[error("{}", tr_with("stamp-other-authority", &[("signer", .signer.to_string().into()), ("trusted", .trusted.to_string().into())]))]
    OtherAuthority { signer: String, trusted: String },
    #[error("{}", tr_with("stamp-not-for-timestamping", &[("name", .0.to_string().into())]))]
    NotForTimestamping(String),
    #[error("{}", tr_with("stamp-outside-validity", &[("time", .time.to_string().into()), ("from", .from.to_string().into()), ("to", .to.to_string().into())]))]
    OutsideValidity {
        time: String,
        from: String,
        to: String,
    },
    #[error("{}", tr_with("stamp-certificate", &[("why", .0.to_string().into())]))]
    Certificate(String),
    #[error("{}", tr_with("stamp-unsupported", &[("what", .0.to_string().into())]))]
    Unsupported(String),
}

/// What a token says: what it stamped, when, and who vouches.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    /// The SHA-256 stamped, lower-case hex.
    pub imprint: String,
    /// The time the authority vouches for (RFC 3339, UTC).
    pub time: String,
    /// The authority's name: the token's `tsa` field, else its signing certificate's subject.
    pub authority: String,
}

/// An RFC 3161 request (DER) for the SHA-256 `sha256_hex`, asking for the authority's certificate
/// in the token; `nonce` ties the response to this request.
pub fn request(sha256_hex: &str, nonce: u64) -> Result<Vec<u8>, TimestampError> {
    let digest = hex_bytes(sha256_hex)
        .ok_or_else(|| TimestampError::Malformed("the SHA-256 is not 64 hex digits".to_owned()))?;
    let request = TimeStampReq {
        version: TspVersion::V1,
        message_imprint: MessageImprint {
            hash_algorithm: spki::AlgorithmIdentifier {
                oid: ID_SHA_256,
                parameters: Some(Any::null()),
            },
            hashed_message: OctetString::new(digest).map_err(der_error)?,
        },
        req_policy: None,
        nonce: Some(Int::new(&nonce.to_be_bytes()).map_err(der_error)?),
        cert_req: true,
        extensions: None,
    };
    request.to_der().map_err(der_error)
}

fn der_error(e: der::Error) -> TimestampError {
    TimestampError::Malformed(e.to_string())
}

fn hex_bytes(hex: &str) -> Option<Vec<u8>> {
    if hex.len() != 64 {
        return None;
    }
    (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A token's SignedData, read leniently where authorities are loose: its certificates as a plain
/// list (OpenSSL, for one, writes the signing certificate twice, which a strict SET OF refuses).
#[derive(Clone, Debug, der::Sequence)]
struct SignedToken {
    version: cms::content_info::CmsVersion,
    digest_algorithms: Any,
    encap_content_info: cms::signed_data::EncapsulatedContentInfo,
    #[asn1(context_specific = "0", tag_mode = "IMPLICIT", optional = "true")]
    certificates: Option<Vec<Certificate>>,
    #[asn1(context_specific = "1", tag_mode = "IMPLICIT", optional = "true")]
    crls: Option<Vec<Any>>,
    signer_infos: cms::signed_data::SignerInfos,
}

/// The token of a response, read: its signed data and what it stamps.
struct Token {
    signed: SignedToken,
    content: Vec<u8>,
    info: TstInfo,
}

fn token(response: &[u8]) -> Result<Token, TimestampError> {
    let response = TimeStampResp::from_der(response)
        .map_err(|e| TimestampError::NotAResponse(e.to_string()))?;
    let status = response.status.status;
    if !matches!(
        status,
        cmpv2::status::PkiStatus::Accepted | cmpv2::status::PkiStatus::GrantedWithMods
    ) {
        let text = response
            .status
            .status_string
            .as_ref()
            .map(|t| {
                format!(
                    ": {}",
                    t.iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            })
            .unwrap_or_default();
        return Err(TimestampError::NotGranted(format!("{status:?}"), text));
    }
    let ContentInfo { content, .. } = response.time_stamp_token.ok_or(TimestampError::NoToken)?;
    let signed = SignedToken::from_der(&content.to_der().map_err(der_error)?).map_err(der_error)?;
    if signed.encap_content_info.econtent_type != ID_CT_TST_INFO {
        return Err(TimestampError::Malformed(
            "its content is not a TSTInfo".to_owned(),
        ));
    }
    let content = signed
        .encap_content_info
        .econtent
        .as_ref()
        .ok_or_else(|| TimestampError::Malformed("it has no TSTInfo".to_owned()))?
        .value()
        .to_vec();
    let info = TstInfo::from_der(&content).map_err(der_error)?;
    Ok(Token {
        signed,
        content,
        info,
    })
}

/// What the response `bytes` stamps, or why it is no time-stamp.
pub fn read(bytes: &[u8]) -> Result<Stamp, TimestampError> {
    let token = token(bytes)?;
    if token.info.message_imprint.hash_algorithm.oid != ID_SHA_256 {
        return Err(TimestampError::Unsupported(format!(
            "a time-stamp of a {} digest",
            token.info.message_imprint.hash_algorithm.oid
        )));
    }
    let time = token.info.gen_time.to_date_time().to_string();
    let authority = match &token.info.tsa {
        Some(x509_cert::ext::pkix::name::GeneralName::DirectoryName(name)) => name.to_string(),
        _ => signer_certificate(&token.signed, None)
            .map(|c| c.tbs_certificate.subject.to_string())
            .unwrap_or_else(|_| "an authority not named".to_owned()),
    };
    Ok(Stamp {
        imprint: hex(token.info.message_imprint.hashed_message.as_bytes()),
        time,
        authority,
    })
}

/// The stamp of `bytes`, if it stamps `sha256_hex`.
pub fn read_for(bytes: &[u8], sha256_hex: &str) -> Result<Stamp, TimestampError> {
    let stamp = read(bytes)?;
    if !stamp.imprint.eq_ignore_ascii_case(sha256_hex) {
        return Err(TimestampError::WrongImprint {
            stamped: stamp.imprint,
            expected: sha256_hex.to_owned(),
        });
    }
    Ok(stamp)
}

/// The certificate that signed the token: among the token's own, or `trusted` itself.
fn signer_certificate(
    signed: &SignedToken,
    trusted: Option<&Certificate>,
) -> Result<Certificate, TimestampError> {
    let signer = signed
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| TimestampError::Malformed("it has no signer".to_owned()))?;
    let SignerIdentifier::IssuerAndSerialNumber(id) = &signer.sid else {
        return Err(TimestampError::Unsupported(
            "a signer named by key identifier".to_owned(),
        ));
    };
    let matches = |c: &Certificate| {
        c.tbs_certificate.serial_number == id.serial_number && c.tbs_certificate.issuer == id.issuer
    };
    signed
        .certificates
        .iter()
        .flatten()
        .cloned()
        .chain(trusted.cloned())
        .find(matches)
        .ok_or_else(|| {
            TimestampError::Malformed(
                "the certificate that signed it is neither in it nor given".to_owned(),
            )
        })
}

/// Verifies RSA PKCS#1 v1.5 with SHA-256 of `message` by the key of `certificate`.
fn rsa_verify(certificate: &Certificate, message: &[u8], signature: &[u8]) -> Result<(), String> {
    let spki = certificate
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|e| e.to_string())?;
    let key = rsa::RsaPublicKey::from_public_key_der(&spki)
        .map_err(|e| format!("not an RSA key ({e})"))?;
    let signature = Signature::try_from(signature).map_err(|e| e.to_string())?;
    VerifyingKey::<Sha256>::new(key)
        .verify(message, &signature)
        .map_err(|e| e.to_string())
}

/// The token in `bytes` verified offline against the authority's certificate `cert_pem`, for a source
/// of SHA-256 `sha256_hex`: what it stamps, its signature, who signed it, for what, and when.
pub fn verify(bytes: &[u8], sha256_hex: &str, cert_pem: &[u8]) -> Result<Stamp, TimestampError> {
    let stamp = read_for(bytes, sha256_hex)?;
    let trusted =
        Certificate::from_pem(cert_pem).map_err(|e| TimestampError::Certificate(e.to_string()))?;
    let token = token(bytes)?;
    let signer = token
        .signed
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| TimestampError::Malformed("it has no signer".to_owned()))?;
    if signer.digest_alg.oid != ID_SHA_256 {
        return Err(TimestampError::Unsupported(format!(
            "a signature digest {}",
            signer.digest_alg.oid
        )));
    }
    if ![RSA_ENCRYPTION, SHA_256_WITH_RSA_ENCRYPTION].contains(&signer.signature_algorithm.oid) {
        return Err(TimestampError::Unsupported(format!(
            "the signature algorithm {}",
            signer.signature_algorithm.oid
        )));
    }
    // The signed attributes hold the TSTInfo's digest and content type; the signature is over them.
    let attributes = signer
        .signed_attrs
        .as_ref()
        .ok_or_else(|| TimestampError::Malformed("it has no signed attributes".to_owned()))?;
    let attribute = |oid: ObjectIdentifier| {
        attributes
            .iter()
            .find(|a| a.oid == oid)
            .and_then(|a| a.values.iter().next().cloned())
    };
    let digest = attribute(ID_MESSAGE_DIGEST)
        .and_then(|v| v.decode_as::<OctetString>().ok())
        .ok_or_else(|| TimestampError::Malformed("no message digest attribute".to_owned()))?;
    if digest.as_bytes() != &Sha256::digest(&token.content)[..] {
        return Err(TimestampError::BadSignature(
            "the TSTInfo is not the one signed (its digest differs)".to_owned(),
        ));
    }
    if attribute(ID_CONTENT_TYPE).and_then(|v| v.decode_as::<ObjectIdentifier>().ok())
        != Some(ID_CT_TST_INFO)
    {
        return Err(TimestampError::Malformed(
            "its signed content type is not TSTInfo".to_owned(),
        ));
    }
    let signing_certificate = signer_certificate(&token.signed, Some(&trusted))?;
    let signed_attributes = attributes.to_der().map_err(der_error)?;
    rsa_verify(
        &signing_certificate,
        &signed_attributes,
        signer.signature.as_bytes(),
    )
    .map_err(TimestampError::BadSignature)?;
    // Signed by the trusted certificate, or by one it issued.
    let subject = signing_certificate.tbs_certificate.subject.to_string();
    if signing_certificate != trusted {
        let issued = signing_certificate.tbs_certificate.issuer == trusted.tbs_certificate.subject
            && signing_certificate.signature_algorithm.oid == SHA_256_WITH_RSA_ENCRYPTION
            && signing_certificate
                .tbs_certificate
                .to_der()
                .map_err(|e| e.to_string())
                .and_then(|tbs| {
                    rsa_verify(&trusted, &tbs, signing_certificate.signature.raw_bytes())
                })
                .is_ok();
        if !issued {
            return Err(TimestampError::OtherAuthority {
                signer: subject,
                trusted: trusted.tbs_certificate.subject.to_string(),
            });
        }
    }
    let for_timestamping = signing_certificate
        .tbs_certificate
        .extensions
        .iter()
        .flatten()
        .any(|e| {
            e.extn_id == ID_CE_EXT_KEY_USAGE
                && x509_cert::ext::pkix::ExtendedKeyUsage::from_der(e.extn_value.as_bytes())
                    .is_ok_and(|u| u.0.contains(&ID_KP_TIME_STAMPING))
        });
    if !for_timestamping {
        return Err(TimestampError::NotForTimestamping(subject));
    }
    let validity = &signing_certificate.tbs_certificate.validity;
    let time = token.info.gen_time.to_unix_duration();
    if time < validity.not_before.to_unix_duration() || time > validity.not_after.to_unix_duration()
    {
        return Err(TimestampError::OutsideValidity {
            time: stamp.time.clone(),
            from: validity.not_before.to_string(),
            to: validity.not_after.to_string(),
        });
    }
    Ok(stamp)
}
