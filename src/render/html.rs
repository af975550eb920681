//! The interactive view: one self-contained HTML page (styles, script and
//! data inline, nothing fetched) around a drawn SVG. It opens fitted to
//! the window, or, when the picture is too large to read fitted, at a
//! readable zoom centred on the query's subject (kept within the picture,
//! so a subject at its edge does not leave half the window empty). Drag pans, the wheel
//! zooms, a search box finds nodes by id or label, hovering a node lights
//! up its neighbours and edges, and clicking a node or an edge shows its
//! evidence (quote, file, line, relation, paragraph) in a side panel with
//! the document's undocs.org link.
//!
//! Opening the page with `#selftest=TEXT` runs a check in the page itself
//! (the subject is in view, a search for TEXT finds a node, selecting it
//! shows its evidence, no error was logged) and writes the outcome as JSON
//! into a hidden `<pre id="selftest">`: a headless browser's `--dump-dom`
//! reads it, and a screenshot of the same page shows the view alone.
//!
//! # Examples
//!
//! ```
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! use unxref::render::{self, EngineChoice, RenderOptions, Scene};
//! let result = render::result_graph(&graph, &graph.query("what does 2531 cite")?);
//! let options = RenderOptions::with_engine(EngineChoice::Fallback).for_result(&result);
//! let scene = Scene::build(&result.graph, &options);
//! let page = render::html::page(&scene, &render::svg::fallback(&scene, &options));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(!page.contains("<script src") && !page.contains("<link"));
//! assert!(page.contains("https://undocs.org/en/S/RES/1325(2000)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde_json::{Value, json};

use super::frame::slot_name;
use super::markup::xml_escape;
use super::scene::Scene;
use super::style;
use super::{MARKER, Rendered};

/// The page for `scene`, drawn as `drawn`.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::render::{self, RenderOptions, Scene};
/// let scene = Scene::build(&graph.subgraph(["S/2020/600"]), &RenderOptions::default());
/// let page = render::html::page(&scene, &render::svg::fallback(&scene, &RenderOptions::default()));
/// assert!(page.contains("<script id=\"data\" type=\"application/json\">"));
/// ```
pub fn page(scene: &Scene, drawn: &Rendered) -> String {
    let svg = match drawn.svg.find("<svg") {
        Some(at) => &drawn.svg[at..],
        None => drawn.svg.as_str(),
    };
    // The page fits and zooms the drawing itself: the file's own fit to the
    // window would fight its layout.
    let svg = svg.replacen(&format!(" {}", super::svg::FIT), "", 1);
    let data = json!({
        "title": scene.title,
        "caption": scene.caption,
        "notes": scene.notes,
        "nodes": scene.nodes.iter().map(|n| json!({
            "id": n.id,
            "label": n.lines.join(" "),
            "kind": style::node_style(n.kind).name,
            "placed": slot_name(n.slot),
            "datedFrom": n.dated_from,
            "title": n.title,
            "date": n.date,
            "cited": n.cited_by,
            "depth": n.depth,
            "focus": n.focus,
            "held": n.held,
            "url": n.url,
        })).collect::<Vec<Value>>(),
        "edges": scene.edges.iter().map(|e| {
            let look = style::edge_style(e.kind, e.position);
            json!({
                "s": e.source,
                "t": e.target,
                "verb": match e.position {
                    Some(p) => style::vote_words(p),
                    None => look.verb.to_string(),
                },
                "relation": e.relation,
                "paragraph": e.paragraph,
                "paths": e.paths,
                "answer": e.answer,
                "quote": e.evidence.as_ref().map(|ev| ev.quote.clone()),
                "file": e.evidence.as_ref().map(|ev| ev.file.clone()),
                "line": e.evidence.as_ref().map(|ev| ev.line),
                "page": e.evidence.as_ref().and_then(|ev| ev.page),
            })
        }).collect::<Vec<Value>>(),
    });
    // Inside <script>, "</" would end the element early.
    let data = data.to_string().replace("</", "<\\/");
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="{MARKER}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<strong>{title}</strong>
<input id="search" type="search" placeholder="Find a node: id or label (Enter selects)" aria-label="Find a node">
<span id="found"></span>
<button id="fit" type="button">Fit</button>
<span class="hint">drag to pan · wheel to zoom · hover a node · click a node or an edge for its evidence</span>
</header>
<main>
<div id="view">{svg}</div>
<aside id="panel"><p class="muted">{caption}</p><p class="muted">Click a node or an edge to see where the text says so.</p></aside>
</main>
<script id="data" type="application/json">{data}</script>
<script>{SCRIPT}</script>
</body>
</html>
"#,
        title = xml_escape(&scene.title),
        caption = xml_escape(&scene.caption),
    )
}

const STYLE: &str = r#"
html,body{margin:0;height:100%;font:14px Helvetica,Arial,sans-serif;color:#222}
body{display:flex;flex-direction:column}
header{display:flex;gap:10px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd;background:#fafafa;flex-wrap:wrap}
header input{width:22em;padding:3px 6px}
.hint,.muted{color:#666;font-size:12px}
main{flex:1;display:flex;min-height:0}
#view{flex:1;overflow:hidden;cursor:grab;background:#fff}
#view.drag{cursor:grabbing}
#view svg{width:100%;height:100%;display:block}
aside{width:24em;overflow:auto;border-left:1px solid #ddd;padding:8px 12px;background:#fcfcfc}
aside h2{font-size:16px;margin:4px 0 8px}
aside blockquote{margin:6px 0;padding:4px 8px;border-left:3px solid #33609c;background:#f3f6fa}
aside dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}
aside dt{color:#666}
aside ul{padding-left:1.2em}
aside a.pick{cursor:pointer;color:#33609c;text-decoration:underline}
.dim g.node:not(.hl),.dim g.edge:not(.hl){opacity:.15}
g.node.match :is(polygon,path,ellipse,rect){stroke:#ee7733;stroke-width:4px}
g.node.sel :is(polygon,path,ellipse,rect){stroke:#cc3311;stroke-width:5px}
g.edge.sel path{stroke-width:4px}
g.node,g.edge{cursor:pointer}
"#;

const SCRIPT: &str = r#"
(function(){
"use strict";
var errors=[];
window.addEventListener("error",function(e){errors.push(String(e.message||e));});
window.addEventListener("unhandledrejection",function(e){errors.push(String(e.reason));});
var origError=console.error;console.error=function(){errors.push(Array.prototype.join.call(arguments," "));origError.apply(console,arguments);};
var data=JSON.parse(document.getElementById("data").textContent);
var view=document.getElementById("view"),svg=view.querySelector("svg"),panel=document.getElementById("panel");
var search=document.getElementById("search"),found=document.getElementById("found");
svg.removeAttribute("width");svg.removeAttribute("height");
svg.setAttribute("preserveAspectRatio","xMidYMid meet");
var full=svg.viewBox.baseVal,home={x:full.x,y:full.y,w:full.width,h:full.height},box={x:home.x,y:home.y,w:home.w,h:home.h};
function apply(){svg.setAttribute("viewBox",box.x+" "+box.y+" "+box.w+" "+box.h);}
function el(kind,i){return document.getElementById(kind+i);}
var nodeEl=data.nodes.map(function(_,i){return el("n",i);}),edgeEl=data.edges.map(function(_,i){return el("e",i);});
var near=data.nodes.map(function(){return [];});
data.edges.forEach(function(e,i){near[e.s].push([e.t,i]);near[e.t].push([e.s,i]);});
function toSvg(x,y){var p=svg.createSVGPoint();p.x=x;p.y=y;return p.matrixTransform(svg.getScreenCTM().inverse());}
function centreOf(i){var r=nodeEl[i].getBoundingClientRect();return toSvg(r.left+r.width/2,r.top+r.height/2);}
function scale(){return view.clientWidth/box.w;}
function clamp(v,lo,size,span){return span>=size?lo+(size-span)/2:Math.min(Math.max(v,lo),lo+size-span);}
function zoomTo(c,pxPerUnit){var w=view.clientWidth/pxPerUnit,h=view.clientHeight/pxPerUnit;box={x:clamp(c.x-w/2,home.x,home.w,w),y:clamp(c.y-h/2,home.y,home.h,h),w:w,h:h};apply();}
function fit(){box={x:home.x,y:home.y,w:home.w,h:home.h};apply();}
function start(){
  fit();
  var f=Math.min(view.clientWidth/home.w,view.clientHeight/home.h);
  var subject=data.nodes.findIndex(function(n){return n.focus;});
  if(f<0.55&&subject>=0&&nodeEl[subject]){zoomTo(centreOf(subject),0.55);}
}
var drag=null;
view.addEventListener("mousedown",function(e){drag={x:e.clientX,y:e.clientY,box:{x:box.x,y:box.y,w:box.w,h:box.h}};view.classList.add("drag");});
window.addEventListener("mouseup",function(){drag=null;view.classList.remove("drag");});
window.addEventListener("mousemove",function(e){if(!drag)return;var k=drag.box.w/view.clientWidth;box.x=drag.box.x-(e.clientX-drag.x)*k;box.y=drag.box.y-(e.clientY-drag.y)*k;apply();});
view.addEventListener("wheel",function(e){e.preventDefault();var p=toSvg(e.clientX,e.clientY),f=e.deltaY<0?0.85:1/0.85;box={x:p.x-(p.x-box.x)*f,y:p.y-(p.y-box.y)*f,w:box.w*f,h:box.h*f};apply();},{passive:false});
document.getElementById("fit").addEventListener("click",fit);
function light(i,on){
  svg.classList.toggle("dim",on);
  nodeEl[i].classList.toggle("hl",on);
  near[i].forEach(function(p){if(nodeEl[p[0]])nodeEl[p[0]].classList.toggle("hl",on);if(edgeEl[p[1]])edgeEl[p[1]].classList.toggle("hl",on);});
}
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c];});}
function evidence(e){
  var h="<dl><dt>relation</dt><dd>"+esc(e.relation||e.verb)+"</dd>";
  if(e.paragraph)h+="<dt>paragraph</dt><dd>"+esc(e.paragraph)+"</dd>";
  if(e.paths&&e.paths.length)h+="<dt>paths</dt><dd>"+e.paths.join(", ")+"</dd>";
  if(e.file)h+="<dt>file</dt><dd>"+esc(e.file)+"</dd>"+(e.page!=null?"<dt>page</dt><dd>"+e.page+"</dd>":"")+"<dt>line</dt><dd>"+e.line+"</dd>";
  h+="</dl>";
  if(e.quote)h+="<blockquote class=\"quote\">“"+esc(e.quote)+"”</blockquote>";
  else h+="<p class=\"muted\">No quote recorded for this link.</p>";
  return h;
}
function link(n){return n.url?"<p><a href=\""+esc(n.url)+"\" target=\"_blank\" rel=\"noopener\">"+esc(n.url)+"</a></p>":"";}
function pickLink(kind,i,text){return "<a class=\"pick\" data-kind=\""+kind+"\" data-i=\""+i+"\">"+esc(text)+"</a>";}
function clearSel(){svg.querySelectorAll(".sel").forEach(function(x){x.classList.remove("sel");});}
function selectNode(i){
  clearSel();var n=data.nodes[i];if(nodeEl[i])nodeEl[i].classList.add("sel");
  var h="<h2>"+esc(n.id)+"</h2><dl><dt>kind</dt><dd>"+esc(n.kind)+(n.held?"":" (text not read into this graph)")+"</dd>";
  if(n.label!==n.id)h+="<dt>label</dt><dd>"+esc(n.label)+"</dd>";
  if(n.title)h+="<dt>title</dt><dd>"+esc(n.title)+"</dd>";
  h+="<dt>placed</dt><dd>"+esc(n.date||n.placed)+(n.datedFrom?" ("+esc(n.datedFrom)+")":"")+"</dd>";
  h+="<dt>cited</dt><dd>"+n.cited+" times in the graph</dd>";
  if(n.depth!==null&&n.depth!==undefined)h+="<dt>steps</dt><dd>"+n.depth+" from the subject</dd>";
  h+="</dl>"+link(n);
  var mine=near[i];
  var reached=mine.filter(function(p){return data.edges[p[1]].answer;});
  if(reached.length){var e=data.edges[reached[0][1]];h+="<h3>Evidence: "+esc(data.nodes[e.s].id)+" "+esc(e.relation||e.verb)+" "+esc(data.nodes[e.t].id)+"</h3>"+evidence(e);}
  if(mine.length){h+="<h3>Links ("+mine.length+")</h3><ul>";mine.slice(0,60).forEach(function(p){var e=data.edges[p[1]];h+="<li>"+pickLink("e",p[1],data.nodes[e.s].id+" → "+data.nodes[e.t].id+" ("+(e.relation||e.verb)+")")+"</li>";});h+="</ul>";}
  panel.innerHTML=h;
}
function selectEdge(i){
  clearSel();var e=data.edges[i];if(edgeEl[i])edgeEl[i].classList.add("sel");
  var h="<h2>"+pickLink("n",e.s,data.nodes[e.s].id)+" "+esc(e.verb)+" "+pickLink("n",e.t,data.nodes[e.t].id)+"</h2>"+evidence(e)+link(data.nodes[e.s])+link(data.nodes[e.t]);
  panel.innerHTML=h;
}
panel.addEventListener("click",function(ev){var a=ev.target.closest("a.pick");if(!a)return;var i=+a.dataset.i;if(a.dataset.kind==="n"){selectNode(i);zoomTo(centreOf(i),Math.max(scale(),0.8));}else selectEdge(i);});
nodeEl.forEach(function(g,i){if(!g)return;
  g.addEventListener("mouseenter",function(){light(i,true);});
  g.addEventListener("mouseleave",function(){light(i,false);});
  g.addEventListener("click",function(ev){ev.preventDefault();ev.stopPropagation();selectNode(i);});
});
edgeEl.forEach(function(g,i){if(!g)return;g.addEventListener("click",function(ev){ev.preventDefault();ev.stopPropagation();selectEdge(i);});});
var matches=[];
function find(text){
  svg.querySelectorAll(".match").forEach(function(x){x.classList.remove("match");});
  var q=text.trim().toLowerCase();matches=[];
  if(q){data.nodes.forEach(function(n,i){if(n.id.toLowerCase().indexOf(q)>=0||n.label.toLowerCase().indexOf(q)>=0)matches.push(i);});}
  matches.forEach(function(i){if(nodeEl[i])nodeEl[i].classList.add("match");});
  found.textContent=q?(matches.length+" found"):"";
  return matches;
}
search.addEventListener("input",function(){find(search.value);});
search.addEventListener("keydown",function(e){if(e.key==="Enter"&&matches.length){var i=matches[0];selectNode(i);zoomTo(centreOf(i),Math.max(scale(),0.8));}});
start();
var m=/^#selftest=(.*)$/.exec(location.hash);
if(m){
  var out={errors:errors};
  var subject=data.nodes.findIndex(function(n){return n.focus;});
  if(subject>=0){var r=nodeEl[subject].getBoundingClientRect(),v=view.getBoundingClientRect();
    out.subject=data.nodes[subject].id;
    out.subjectInView=r.width>0&&r.left>=v.left-1&&r.right<=v.right+1&&r.top>=v.top-1&&r.bottom<=v.bottom+1;}
  search.value=decodeURIComponent(m[1]);search.dispatchEvent(new Event("input"));
  out.found=matches.map(function(i){return data.nodes[i].id;});
  search.dispatchEvent(new KeyboardEvent("keydown",{key:"Enter"}));
  out.selected=document.querySelector("g.node.sel")?data.nodes[matches[0]].id:null;
  var q=panel.querySelector("blockquote.quote");
  out.panelQuote=q?q.textContent:null;
  out.panelLink=(panel.querySelector("a[href^='https://undocs.org/']")||{}).href||null;
  out.errors=errors;
  var pre=document.createElement("pre");pre.id="selftest";pre.hidden=true;pre.textContent=JSON.stringify(out);document.body.appendChild(pre);
}
})();
"#;
