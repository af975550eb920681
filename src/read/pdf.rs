//! PDF, the UN's format of record: the text of each page, in reading order,
//! pages joined by form feeds as `pdftotext` writes them. The page
//! furniture of UN documents (running symbols, job numbers such as
//! `15-10778 (E)`, page numbers, barcodes) stays in the text here and is
//! dropped by [`crate::extract::normalize`] as for any text; a reference
//! broken across lines or pages is joined there too.
//!
//! # Examples
//!
//! ```
//! use unxref::read::pdf::join_pages;
//! let (text, starts) = join_pages(&["\nPage one\nends here".into(), "Page two".into()]);
//! assert_eq!(text, "Page one\nends here\n\u{c}Page two\n");
//! assert_eq!(starts, [1, 3]);
//! ```

/// The text of each page of a PDF's bytes, or why it cannot be read.
///
/// The reader is the pure-Rust `pdf-extract` (on `lopdf`), chosen by
/// measurement against Poppler's `pdftotext -layout` on the 40 reports of
/// `sg-reports-pdf/` (see `docs/design.md`, "Reading PDF, Word and HTML"):
/// it finds every citation `pdftotext -layout` text yields, at a few
/// milliseconds a page, and needs nothing installed. It panics on some
/// damaged files; the panic is caught and reported as a damaged PDF.
///
/// ```
/// use unxref::read::pdf::pages;
/// assert!(pages(b"Recalling its resolution 2531 (2020)").unwrap_err().contains("not a PDF"));
/// assert!(pages(b"%PDF-1.7\n").is_err());
/// ```
pub fn pages(bytes: &[u8]) -> Result<Vec<String>, String> {
    if !bytes.starts_with(b"%PDF-") && !bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return Err("no %PDF- header: not a PDF".into());
    }
    quiet_panics_in_reader();
    let read = std::panic::catch_unwind(|| {
        IN_READER.with(|flag| flag.set(true));
        let pages = pdf_extract::extract_text_from_mem_by_pages(bytes);
        IN_READER.with(|flag| flag.set(false));
        pages
    });
    IN_READER.with(|flag| flag.set(false));
    match read {
        Ok(Ok(pages)) => Ok(pages),
        Ok(Err(e)) => Err(format!("damaged or encrypted PDF ({e})")),
        Err(_) => Err("damaged PDF (the PDF reader failed on it)".into()),
    }
}

thread_local! {
    /// Set while this thread runs the PDF library, whose panics are caught.
    static IN_READER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Install, once, a panic hook that stays silent for panics inside the PDF
/// library (they are caught and reported as a damaged file, with the file's
/// name) and hands every other panic to the hook that was there before.
fn quiet_panics_in_reader() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_READER.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
}

/// The pages as one text, each page after the first starting with a form
/// feed, and the 1-based line on which each page starts.
///
/// ```
/// use unxref::read::pdf::join_pages;
/// let (text, starts) = join_pages(&["one\ntwo\n".into(), "\nthree".into(), "four".into()]);
/// assert_eq!(text, "one\ntwo\n\u{c}three\n\u{c}four\n");
/// assert_eq!(starts, [1, 3, 4]);
/// ```
pub fn join_pages(pages: &[String]) -> (String, Vec<u32>) {
    let mut text = String::with_capacity(pages.iter().map(|p| p.len() + 2).sum());
    let mut starts = Vec::with_capacity(pages.len());
    let mut line = 1u32;
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            text.push('\u{c}');
        }
        starts.push(line);
        let page = crate::corpus::unify_line_endings(page);
        // Lines count from the page's first line of text, as a reader (and
        // `pdftotext`) counts them.
        let page = page
            .trim_start_matches(['\n', '\u{c}'])
            .trim_end_matches(['\n', '\u{c}'])
            .replace('\u{c}', "");
        text.push_str(&page);
        text.push('\n');
        line += page.matches('\n').count() as u32 + 1;
    }
    (text, starts)
}
