//! Print what the extractor finds in files: documents, then links, one a line.
//!
//! `cargo run --example extract_dump -- data/000_5084318a0e7514bb.txt`

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let corpus = unxref::extract_paths(&paths);
    for e in &corpus.errors {
        eprintln!("error: {e}");
    }
    for x in &corpus.extractions {
        println!("# {}", x.file);
        for d in &x.diagnostics {
            println!("! {}", d.message);
        }
        for d in &x.documents {
            let n = &d.node;
            println!(
                "D {} [{}] lines {:?} parent={:?} title={:?} date={:?} year={:?} agenda={:?} adopted_at={:?}",
                n.id, n.kind, d.lines, d.parent, n.title, n.date, n.year, n.agenda, d.adopted_at
            );
        }
        for l in &x.links {
            let a = &l.attrs;
            let ev = a.evidence.as_ref();
            println!(
                "L {} -{}-> {} [{}] rel={:?} para={:?} pin={:?} line={:?} quote={:?}",
                l.source.id,
                l.kind,
                l.target.id,
                l.target.kind,
                a.relation,
                a.paragraph,
                a.pinpoint,
                ev.map(|e| e.line),
                ev.map(|e| e.quote.as_str()),
            );
        }
    }
}
