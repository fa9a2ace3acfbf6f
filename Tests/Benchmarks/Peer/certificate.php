<?php
// The TCPDF peer of `qadam-bench certificates`: the same certificates, page for page, rendered by
// TCPDF (Debian's php-tcpdf) in one PHP process, timed inside PHP.
//
//   php certificate.php DOCUMENTS.json FONT_DIR COUNT [SAMPLE.pdf]
//
// DOCUMENTS.json holds the documents our renderer drew, as the benchmark wrote them out: each
// its title and its blocks (title, heading, paragraph, note, pair, table, qrCode, space,
// pageBreak), so that both renderers lay out the same text, at the same sizes, on the same A4
// with the same margins. COUNT of them are rendered, cycling through the file, after a few
// untimed ones (PHP loads the font's metrics on first use). FONT_DIR receives the font TCPDF
// converts from Noto Serif, once, before anything is timed. SAMPLE.pdf, if named, gets the
// first certificate, to look at. Prints one line:
//
//   tcpdf VERSION, PHP VERSION: COUNT certificates, MS ms per certificate, BYTES bytes on average
//
// Every block is set in Noto Serif Regular, embedded and subset, while ours embeds three faces
// (Noto Serif, its bold, Noto Sans): if anything, TCPDF has the lighter job.

require_once '/usr/share/php/tcpdf/tcpdf.php';

const MARGIN = 56.0;      // points, as PageStyle.margin
const GAP = 6.0;          // space after a block, as PageStyle.gap
const CELL_PADDING = 4.0; // as PageStyle.cellPadding
const WARM_UP = 5;
// The sizes of PageStyle's fonts, in points.
const SIZES = ['title' => 26, 'heading' => 12, 'paragraph' => 11, 'note' => 9, 'table' => 9.5,
               'body' => 11, 'pairHeading' => 12, 'pairNote' => 9];
const ALIGN = ['left' => 'L', 'center' => 'C', 'right' => 'R', 'justified' => 'J'];

if ($argc < 4) {
    fwrite(STDERR, "usage: php certificate.php DOCUMENTS.json FONT_DIR COUNT [SAMPLE.pdf]\n");
    exit(2);
}
// TCPDF opens its font files as file:// URLs, which need an absolute path.
[$documentsFile, $fontDir, $count] = [$argv[1], realpath($argv[2]) . '/', (int) $argv[3]];
$documents = json_decode(file_get_contents($documentsFile), true, 512, JSON_THROW_ON_ERROR);

// Untimed: TrueType to TCPDF's font files, once.
$font = TCPDF_FONTS::addTTFfont('/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf', 'TrueTypeUnicode', '', 32, $fontDir);
if ($font === false) {
    fwrite(STDERR, "TCPDF could not convert Noto Serif\n");
    exit(1);
}
$fontFile = $fontDir . $font . '.php';

for ($i = 0; $i < WARM_UP; $i++) {
    $pdf = render($documents[$i % count($documents)], $font, $fontFile);
    if ($i === 0 && isset($argv[4])) {
        file_put_contents($argv[4], $pdf);
    }
}

$bytes = 0;
$start = hrtime(true);
for ($i = 0; $i < $count; $i++) {
    $bytes += strlen(render($documents[$i % count($documents)], $font, $fontFile));
}
$elapsed = (hrtime(true) - $start) / 1e6;
printf("tcpdf %s, PHP %s: %d certificates, %.3f ms per certificate, %d bytes on average\n",
       TCPDF_STATIC::getTCPDFVersion(), PHP_VERSION, $count, $elapsed / $count, $bytes / $count);

/** One document as a PDF string: a new TCPDF each time, as a service would make one per certificate. */
function render(array $document, string $font, string $fontFile): string {
    $pdf = new TCPDF('P', 'pt', 'A4', true, 'UTF-8', false);
    $pdf->SetTitle($document['title']);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->SetMargins(MARGIN, MARGIN, MARGIN);
    $pdf->SetAutoPageBreak(true, MARGIN);
    $pdf->setCellPaddings(0, 0, 0, 0);
    $pdf->AddFont($font, '', $fontFile);
    $pdf->SetFont($font, '', SIZES['paragraph']);
    $pdf->AddPage();
    foreach ($document['blocks'] as $block) {
        draw($pdf, $block, $font);
    }
    return $pdf->Output('', 'S');
}

function draw(TCPDF $pdf, array $block, string $font): void {
    $width = $pdf->getPageWidth() - 2 * MARGIN;
    switch ($block['kind']) {
        case 'title':
        case 'heading':
        case 'paragraph':
        case 'note':
            $pdf->SetFont($font, '', SIZES[$block['kind']]);
            $align = ALIGN[$block['alignment']];
            // TCPDF stretches a justified text's last line across the width, unless a line
            // break ends it (which adds no height); pango leaves it ragged.
            $text = $align === 'J' ? $block['text'] . "\n" : $block['text'];
            $pdf->MultiCell($width, 0, $text, 0, $align, false, 1);
            $pdf->SetY($pdf->GetY() + GAP);
            break;
        case 'pair':
            // Two columns with a 24-point gutter, as tall as the taller.
            $pdf->SetFont($font, '', SIZES['pair' . ucfirst($block['font'])] ?? SIZES['body']);
            $column = ($width - 24) / 2;
            $y = $pdf->GetY();
            $pdf->MultiCell($column, 0, $block['left'], 0, 'L', false, 1, MARGIN, $y);
            $bottom = $pdf->GetY();
            $pdf->MultiCell($column, 0, $block['right'], 0, 'R', false, 1, MARGIN + $column + 24, $y);
            $pdf->SetY(max($bottom, $pdf->GetY()) + GAP);
            break;
        case 'table':
            table($pdf, $block, $width, $font);
            break;
        case 'qrCode':
            // A quiet zone of four modules is TCPDF's padding 'auto'; the caption to the right.
            $size = $block['size'];
            $y = $pdf->GetY();
            $pdf->write2DBarcode($block['text'], 'QRCODE,M', MARGIN, $y, $size, $size,
                                 ['border' => false, 'padding' => 'auto', 'fgcolor' => [0, 0, 0], 'bgcolor' => false], 'N');
            if (isset($block['caption'])) {
                $pdf->SetFont($font, '', SIZES['note']);
                $pdf->MultiCell($width - $size - 12, 0, $block['caption'], 0, 'L', false, 1, MARGIN + $size + 12, $y + $size / 3);
            }
            $pdf->SetY($y + $size + GAP);
            break;
        case 'space':
            $pdf->SetY(min($pdf->GetY() + $block['points'], $pdf->getPageHeight() - MARGIN));
            break;
        case 'pageBreak':
            $pdf->AddPage();
            break;
        default:
            throw new RuntimeException("no such block: {$block['kind']}");
    }
}

/** Bordered cells under a header row, each row as tall as its tallest cell. */
function table(TCPDF $pdf, array $table, float $width, string $font): void {
    $pdf->SetFont($font, '', SIZES['table']);
    $pdf->SetLineWidth(0.5);
    // Each column's share of the width, equal shares when none is given, as PDFRenderer has it.
    $shares = $table['widths'] ?: array_fill(0, count($table['header']), 1);
    $widths = array_map(fn ($share) => $width * $share / array_sum($shares), $shares);
    $pdf->setCellPaddings(CELL_PADDING, CELL_PADDING, CELL_PADDING, CELL_PADDING);
    foreach (array_merge([$table['header']], $table['rows']) as $cells) {
        $height = 0;
        foreach ($cells as $index => $text) {
            $height = max($height, $pdf->getStringHeight($widths[$index], $text));
        }
        $x = MARGIN;
        $y = $pdf->GetY();
        foreach ($cells as $index => $text) {
            $pdf->MultiCell($widths[$index], $height, $text, 1, 'L', false, 0, $x, $y, true, 0, false, true, $height, 'T');
            $x += $widths[$index];
        }
        $pdf->SetY($y + $height);
    }
    $pdf->setCellPaddings(0, 0, 0, 0);
    $pdf->SetY($pdf->GetY() + GAP);
}
