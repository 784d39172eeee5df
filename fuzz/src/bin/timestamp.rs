//! An RFC 3161 time-stamp response (DER: the response, its CMS SignedData, the TSTInfo, the
//! authority's certificates) on any bytes, read and checked against an imprint.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        let _ = chronomap::rfc3161::read(data);
        let _ = chronomap::rfc3161::read_for(
            data,
            "dfcbaef0274c1e9b0000000000000000000000000000000000000000000000",
        );
    });
}
