//! Reading a screenshot: how much of it is not background, so a blank page fails.

use std::path::Path;

/// Share of pixels that are not (near) white, and the number of distinct colours.
pub fn ink(png_path: &Path) -> Result<(f64, usize), String> {
    let file = std::fs::File::open(png_path).map_err(|e| e.to_string())?;
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let mut inked = 0usize;
    let mut colours = std::collections::BTreeSet::new();
    let total = pixels.len() / channels;
    for px in pixels.chunks_exact(channels) {
        let rgb = (
            px[0],
            px.get(1).copied().unwrap_or(px[0]),
            px.get(2).copied().unwrap_or(px[0]),
        );
        if rgb.0 < 240 || rgb.1 < 240 || rgb.2 < 240 {
            inked += 1;
        }
        if colours.len() < 10_000 {
            colours.insert(rgb);
        }
    }
    Ok((inked as f64 / total.max(1) as f64, colours.len()))
}
