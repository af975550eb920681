//! Markup shared by the SVG and HTML writers: XML escaping, the same as
//! the GraphML export's.
//!
//! ```
//! use unxref::render::markup::xml_escape;
//! assert_eq!(xml_escape("a < b"), "a &lt; b");
//! ```

/// Text and attribute values for XML, escaped as the GraphML export escapes
/// them: the five special characters, line breaks and tabs as character
/// references, characters XML 1.0 cannot carry replaced.
///
/// # Examples
///
/// ```
/// use unxref::render::markup::xml_escape;
/// assert_eq!(xml_escape("Côte d'Ivoire & <Mali>"), "Côte d&apos;Ivoire &amp; &lt;Mali&gt;");
/// ```
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::graph::export::xml_escape_into(s, &mut out);
    out
}
