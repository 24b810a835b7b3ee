<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="42"/>
        <source>Cannot render the chart as SVG.</source>
        <translation>Das Diagramm kann nicht als SVG gerendert werden.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="48"/>
        <source>Cannot render the chart as PNG.</source>
        <translation>Das Diagramm kann nicht als PNG gerendert werden.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="57"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="58"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="64"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="65"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="65"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="69"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConfigIssuePrompt</name>
    <message>
        <location filename="../ui/widgets/config_issue_prompt.cpp" line="27"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/config_issue_prompt.cpp" line="34"/>
        <source>%1

The run may take very long or exhaust this machine&apos;s memory. Start anyway?</source>
        <translation>%1

Der Lauf kann sehr lange dauern oder den Speicher dieses Rechners erschöpfen. Trotzdem starten?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/config_issue_prompt.cpp" line="37"/>
        <source>Large run</source>
        <translation>Großer Lauf</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="52"/>
        <source>Why ℓp with p &lt; 1 prunes more than weight decay and ℓ1</source>
        <translation>Warum ℓp mit p &lt; 1 stärker ausdünnt als Weight Decay und ℓ1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="54"/>
        <source>Data with a few kinks</source>
        <translation>Daten mit wenigen Knicken</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="55"/>
        <source>These 12 points come from a ReLU network with only a few units: the curve through them bends at a few places. A network that explains them with few kinks is sparse.</source>
        <translation>Diese 12 Punkte stammen aus einem ReLU-Netz mit nur wenigen Neuronen: Die Kurve durch sie knickt an wenigen Stellen. Ein Netz, das sie mit wenigen Knicken erklärt, ist dünn besetzt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="59"/>
        <source>Lesson: 12 points with a few kinks</source>
        <translation>Lektion: 12 Punkte mit wenigen Knicken</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="65"/>
        <source>Three regularizers from one start</source>
        <translation>Drei Regularisierer vom selben Start</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="66"/>
        <source>Weight decay, ℓ1 and the ℓp path norm with p = 0.4 train the same 12-unit network from the same initial weights. The function view draws each fitted curve; the ticks mark its kinks.</source>
        <translation>Weight Decay, ℓ1 und die ℓp-Pfadnorm mit p = 0.4 trainieren dasselbe Netz mit 12 Neuronen von denselben Anfangsgewichten. Die Funktionsansicht zeichnet jede angepasste Kurve; die Striche markieren ihre Knicke.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="81"/>
        <source>Watch the units die</source>
        <translation>Zusehen, wie Neuronen absterben</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="82"/>
        <source>The replay runs the training again on screen. With p = 0.4 the nonzero count drops step by step as whole units are pruned; weight decay only shrinks weights and keeps them all.</source>
        <translation>Die Wiedergabe zeigt das Training noch einmal. Mit p = 0.4 sinkt die Zahl der Nichtnull-Einträge Schritt für Schritt, weil ganze Neuronen wegfallen; Weight Decay verkleinert die Gewichte nur und behält alle.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="94"/>
        <source>The punch line</source>
        <translation>Die Pointe</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="110"/>
        <source>How far is gradient training from the provably sparsest network?</source>
        <translation>Wie weit ist Gradiententraining vom beweisbar dünnsten Netz entfernt?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="112"/>
        <source>Five random points in 3-D</source>
        <translation>Fünf zufällige Punkte in 3-D</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="113"/>
        <source>Random data, N = 5 and d = 3, seed 0: a preset on which no regularizer reaches the sparsest network that fits (5 nonzeros; the best trained one needs 6).</source>
        <translation>Zufallsdaten, N = 5 und d = 3, Seed 0: eine Vorgabe, bei der kein Regularisierer das dünnste passende Netz erreicht (5 Nichtnull-Einträge; das beste trainierte braucht 6).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="117"/>
        <source>Lesson: random N=5, d=3, seed 0</source>
        <translation>Lektion: Zufall N=5, d=3, Seed 0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="123"/>
        <source>Train, then prove</source>
        <translation>Trainieren, dann beweisen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="124"/>
        <source>The whole pipeline trains five regularizers, takes bounds and a start from the sparsest model that fits, and solves the MILP. The rank bound proves the optimum before CBC even branches.</source>
        <translation>Die gesamte Pipeline trainiert fünf Regularisierer, übernimmt Schranken und Start aus dem dünnsten passenden Modell und löst das MILP. Die Rangschranke beweist das Optimum, bevor CBC überhaupt verzweigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="141"/>
        <source>Every λ against the frontier</source>
        <translation>Jedes λ gegen die Front</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="95"/>
        <source>The table lists the nonzeros at the end: p = 0.4 fits the points with the fewest. |w|^p with p &lt; 1 charges small weights relatively much (at p = 0.4 a weight of 0.1 costs 40 % of a weight of 1), so the cheapest way to lower it is to drop weights entirely — fewer kinks, a sparser network.</source>
        <translation>Die Tabelle zeigt die Nichtnull-Einträge am Ende: p = 0.4 passt die Punkte mit den wenigsten an. |w|^p mit p &lt; 1 belastet kleine Gewichte verhältnismäßig stark (bei p = 0.4 kostet ein Gewicht von 0.1 40 % eines Gewichts von 1); am billigsten ist es daher, Gewichte ganz wegzulassen – weniger Knicke, ein dünneres Netz.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="142"/>
        <source>Now each regularizer runs over a sweep of λ. Each dot is a trained network; the black steps are the proven fewest nonzeros within each fit tolerance ε, and no dot can lie below them. Only the strongest λ brings p = 0.4 and p = 0.7 onto them, at a fit error of a few 10⁻⁴.</source>
        <translation>Jetzt läuft jeder Regularisierer über eine Reihe von λ-Werten. Jeder Punkt ist ein trainiertes Netz; die schwarzen Stufen sind die bewiesen wenigsten Nichtnull-Einträge innerhalb jeder Anpassungstoleranz ε, und kein Punkt kann darunter liegen. Nur das stärkste λ bringt p = 0.4 und p = 0.7 auf sie, bei einem Anpassungsfehler von einigen 10⁻⁴.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="166"/>
        <source>Exact MIP against local NLP on an adversarial digit</source>
        <translation>Exaktes MIP gegen lokales NLP an einer manipulierten Ziffer</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="168"/>
        <source>A small digit classifier</source>
        <translation>Ein kleiner Ziffernklassifikator</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="169"/>
        <source>A ReLU network (32 hidden units) learns the 8×8 digits. Its weights will be fixed inside an optimization problem.</source>
        <translation>Ein ReLU-Netz (32 verborgene Neuronen) lernt die 8×8-Ziffern. Seine Gewichte werden anschließend in einem Optimierungsproblem festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="185"/>
        <source>The smallest change that flips it</source>
        <translation>Die kleinste Änderung, die es umkippt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="186"/>
        <source>The exact MIP finds the smallest L1 change of the pixels that makes another class win, with a proof. The smooth formulations (Ipopt) are fast but local: each answer is re-checked on the real network.</source>
        <translation>Das exakte MIP findet die kleinste L1-Änderung der Pixel, mit der eine andere Klasse gewinnt – mit Beweis. Die glatten Formulierungen (Ipopt) sind schnell, aber lokal: Jede Antwort wird am echten Netz nachgeprüft.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="201"/>
        <source>Proof against speed</source>
        <translation>Beweis gegen Tempo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="202"/>
        <source>Compare the distances: the MIP&apos;s is the true minimum (when proven), the local ones are upper bounds at best, and a local answer that does not flip the real network is marked invalid.</source>
        <translation>Vergleichen Sie die Abstände: Der des MIP ist das wahre Minimum (wenn bewiesen), die lokalen sind bestenfalls obere Schranken, und eine lokale Antwort, die das echte Netz nicht umkippt, wird als ungültig markiert.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="216"/>
        <source>Sparsity terms in perceptron networks</source>
        <translation>Sparsity-Terme in Perzeptron-Netzen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="227"/>
        <source>Four step units, no sparsity terms</source>
        <translation>Vier Stufenneuronen, ohne Sparsity-Terme</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="228"/>
        <source>A network of four step-function units is trained on the moons by MILP: the only goal is few training errors. Watch the incumbent&apos;s accuracy and size.</source>
        <translation>Ein Netz aus vier Stufenfunktions-Neuronen wird per MILP auf den Monden trainiert: Einziges Ziel sind wenige Trainingsfehler. Beobachten Sie Genauigkeit und Größe des aktuellen Netzes.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="236"/>
        <source>The same with weights, firings and units counted</source>
        <translation>Dasselbe, wenn Gewichte, Aktivierungen und Neuronen zählen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_catalog.cpp" line="237"/>
        <source>Now every nonzero weight, every firing and every used unit costs 0.1 in the objective. The MILP trades them against errors: far fewer weights and units.</source>
        <translation>Jetzt kostet jedes Gewicht ungleich null, jede Aktivierung und jedes genutzte Neuron 0.1 in der Zielfunktion. Das MILP wägt sie gegen Fehler ab: weit weniger Gewichte und Neuronen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/widgets/onnx_export.cpp" line="35"/>
        <location filename="../ui/widgets/onnx_export.cpp" line="42"/>
        <source>Export ONNX</source>
        <translation>ONNX exportieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/onnx_export.cpp" line="36"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX-Modell (*.onnx)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="192"/>
        <source>Random, N=%1, d=%2, seed 0</source>
        <translation>Zufällig, N=%1, d=%2, Seed 0</translation>
    </message>
</context>
<context>
    <name>smip::ui</name>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="22"/>
        <source>Optimal (proven)</source>
        <translation>Optimal (bewiesen)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="24"/>
        <source>Limit reached, best solution kept (not proven)</source>
        <translation>Limit erreicht, beste Lösung behalten (nicht bewiesen)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="26"/>
        <source>Infeasible</source>
        <translation>Unzulässig</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="28"/>
        <source>Unbounded</source>
        <translation>Unbeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="30"/>
        <source>Limit reached before any solution</source>
        <translation>Limit erreicht, bevor eine Lösung gefunden wurde</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="32"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="34"/>
        <source>Solver error</source>
        <translation>Solver-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="43"/>
        <source>: objective %1, bound %2, gap %3 %, %4 nodes, %5 s</source>
        <translation>: Zielfunktionswert %1, Schranke %2, Gap %3 %, %4 Knoten, %5 s</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="49"/>
        <source> after %1 s</source>
        <translation> nach %1 s</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="57"/>
        <source> 1-D kink bound: at least %1 nonzeros (%2 kinks needed).</source>
        <translation> 1-D-Knickschranke: mindestens %1 Nichtnull-Einträge (%2 Knicke nötig).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="60"/>
        <source> Its network is the MIP start.</source>
        <translation> Ihr Netz ist die MIP-Startlösung.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="62"/>
        <source> 1-D slot MILP: at least %1 nonzeros</source>
        <translation> 1-D-Slot-MILP: mindestens %1 Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="63"/>
        <source>, its network %1</source>
        <translation>, sein Netz %1</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="64"/>
        <source> (beyond the bounds)</source>
        <translation> (jenseits der Schranken)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="65"/>
        <source>, the MIP start.</source>
        <translation>, der MIP-Start.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="71"/>
        <source> No sparser network exists at any weight bound.</source>
        <translation> Bei keiner Gewichtsschranke gibt es ein dünneres Netz.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="74"/>
        <source> The result reaches both w_B and b_B: a sparser network may need larger weights or biases (raise the bounds).</source>
        <translation> Das Ergebnis erreicht w_B und b_B: ein dünneres Netz braucht vielleicht größere Gewichte oder Biases (Schranken erhöhen).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="78"/>
        <source> The result reaches w_B: a sparser network may need larger weights (raise w_B).</source>
        <translation> Das Ergebnis erreicht w_B: ein dünneres Netz braucht vielleicht größere Gewichte (w_B erhöhen).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="81"/>
        <source> The result reaches b_B: a sparser network may need larger biases (raise b_B).</source>
        <translation> Das Ergebnis erreicht b_B: ein dünneres Netz braucht vielleicht größere Biases (b_B erhöhen).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="92"/>
        <source> The exact search found no network among the %1 full-rank combinations of %2 nonzeros (%3 of them refuted by their last unit&apos;s pattern alone).</source>
        <translation> Die exakte Suche fand unter den %1 Kombinationen vollen Rangs mit %2 Nichtnull-Einträgen kein Netz (%3 davon schon durch das Muster ihrer letzten Einheit widerlegt).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="98"/>
        <source> It also found a network of %1 nonzeros that fits: units whose weights broke a bound, split into copies within it.</source>
        <translation> Sie fand außerdem ein passendes Netz mit %1 Nichtnull-Einträgen: Einheiten, deren Gewichte eine Schranke überschritten, in Kopien innerhalb der Schranke aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="109"/>
        <source>Rank bound: level %1 holds a span that fits y.</source>
        <translation>Rangschranke: Stufe %1 enthält einen Spann, der y trifft.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="110"/>
        <source>Rank bound: level %1 refuted.</source>
        <translation>Rangschranke: Stufe %1 widerlegt.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="112"/>
        <source>Rank bound: searching the spans of level %1, %2 % done (estimated).</source>
        <translation>Rangschranke: durchsucht die Spanne der Stufe %1, %2 % erledigt (geschätzt).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="116"/>
        <source>Rank bound: level %1 fits the relaxation; looking for a rank-deficient span, %2 % done (estimated).</source>
        <translation>Rangschranke: Stufe %1 erfüllt die Relaxierung; Suche nach einem rangdefizienten Spann, %2 % erledigt (geschätzt).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="122"/>
        <source>Rank bound: exact search of the networks with %1 nonzeros, %2 % done (estimated).</source>
        <translation>Rangschranke: exakte Suche über die Netze mit %1 Nichtnull-Einträgen, %2 % erledigt (geschätzt).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="125"/>
        <source> Proven: at least %1 nonzeros (%2 combinations, %3 s).</source>
        <translation> Bewiesen: mindestens %1 Nichtnull-Einträge (%2 Kombinationen, %3 s).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="130"/>
        <source> Sparsest network known to fit: %1 nonzeros.</source>
        <translation> Dünnstes bekanntes passendes Netz: %1 Nichtnull-Einträge.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="135"/>
        <source>No network to verify.</source>
        <translation>Kein Netz zum Verifizieren.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="137"/>
        <source>&lt;b style=&apos;color:#1a7f37&apos;&gt;Verified&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1a7f37&apos;&gt;Verifiziert&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="138"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Verification FAILED&lt;/b&gt;: %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Verifikation FEHLGESCHLAGEN&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="140"/>
        <source>%1&lt;br&gt;Solver claims %2 nonzeros; re-evaluated in double precision: %3 nonzeros (%4 weights, %5 biases), %6 active units, max residual %7 (allowed ε + %8).</source>
        <translation>%1&lt;br&gt;Der Solver meldet %2 Nichtnull-Einträge; in doppelter Genauigkeit nachgerechnet: %3 Nichtnull-Einträge (%4 Gewichte, %5 Biases), %6 aktive Neuronen, maximales Residuum %7 (erlaubt ε + %8).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="86"/>
        <source> Rank bound: at least %1 nonzeros, proven over %2 support/pattern combinations in %3 s.</source>
        <translation> Rangschranke: mindestens %1 Nichtnull-Einträge, bewiesen über %2 Kombinationen aus Träger und Aktivierungsmuster in %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="101"/>
        <source> (Its time budget ended the enumeration: a partial bound.)</source>
        <translation> (Das Zeitbudget hat die Aufzählung beendet: eine Teilschranke.)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_texts.cpp" line="102"/>
        <source> A network at the bound is the MIP start.</source>
        <translation> Ein Netz auf der Schranke ist der MIP-Start.</translation>
    </message>
</context>
<context>
    <name>smip::ui::AdversarialPage</name>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="85"/>
        <source>Original x₀</source>
        <translation>Original x₀</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="86"/>
        <source>No sample</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="88"/>
        <source>Perturbed x</source>
        <translation>Gestörtes x</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="89"/>
        <source>Solve to see the perturbed image</source>
        <translation>Lösen, um das gestörte Bild zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="92"/>
        <source>Perturbation x − x₀</source>
        <translation>Störung x − x₀</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="93"/>
        <source>Blue: less ink, red: more ink</source>
        <translation>Blau: weniger Tinte, Rot: mehr Tinte</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="95"/>
        <source>before (x₀)</source>
        <translation>vorher (x₀)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="95"/>
        <source>after (x)</source>
        <translation>nachher (x)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="118"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="106"/>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="193"/>
        <source>Exact MIP (CBC)</source>
        <translation>Exaktes MIP (CBC)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="106"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="106"/>
        <source>L1 distance</source>
        <translation>L1-Abstand</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="108"/>
        <source>Local (Ipopt)</source>
        <translation>Lokal (Ipopt)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="108"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="108"/>
        <source>surrogate objective</source>
        <translation>Ersatz-Zielfunktion</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="163"/>
        <source>Random correctly classified</source>
        <translation>Zufällig (korrekt klassifiziert)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="166"/>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="168"/>
        <source>Index in test split:</source>
        <translation>Index in der Testmenge:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="174"/>
        <source>Any other class wins</source>
        <translation>Irgendeine andere Klasse gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="175"/>
        <source>Target class wins</source>
        <translation>Zielklasse gewinnt</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="176"/>
        <source>Every other class exceeds the true one</source>
        <translation>Jede andere Klasse übertrifft die wahre</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="184"/>
        <source>The winning logit(s) must exceed the true class&apos;s by this much.</source>
        <translation>Um diesen Betrag müssen die gewinnenden Logits das Logit der wahren Klasse übertreffen.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="186"/>
        <source>None (one global big-M)</source>
        <translation>Keine (ein globales Big-M)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="187"/>
        <source>Interval arithmetic</source>
        <translation>Intervallarithmetik</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="188"/>
        <source>LP tightening</source>
        <translation>LP-Verschärfung</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="191"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="192"/>
        <source>Per formulation, wall clock.</source>
        <translation>Pro Formulierung, gemessene Echtzeit.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="194"/>
        <source>sqrt-ReLU (Ipopt)</source>
        <translation>sqrt-ReLU (Ipopt)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="195"/>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="196"/>
        <source>softplus β =</source>
        <translation>Softplus β =</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="203"/>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="205"/>
        <source>Query:</source>
        <translation>Fragestellung:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="206"/>
        <source>Target class:</source>
        <translation>Zielklasse:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="207"/>
        <source>Margin:</source>
        <translation>Marge:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="208"/>
        <source>Tightening:</source>
        <translation>Schrankenverschärfung:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="209"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="215"/>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="229"/>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="121"/>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="358"/>
        <source>Train or load a classifier first.</source>
        <translation>Trainieren oder laden Sie zuerst einen Klassifikator.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="376"/>
        <source>No digits available.</source>
        <translation>Keine Ziffern verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="389"/>
        <source>Original x₀ (label %1)</source>
        <translation>Original x₀ (Label %1)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="396"/>
        <source>Label %1 (dataset row %2).</source>
        <translation>Label %1 (Datensatzzeile %2).</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="405"/>
        <source>Label %1, predicted %2: correct (dataset row %3).</source>
        <translation>Label %1, vorhergesagt %2: korrekt (Datensatzzeile %3).</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="409"/>
        <source>Label %1, predicted %2: misclassified, pick another sample to attack.</source>
        <translation>Label %1, vorhergesagt %2: falsch klassifiziert; wählen Sie ein anderes Bild für den Angriff.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="101"/>
        <source>Sample %1 is misclassified (label %2, predicted %3): there is nothing to attack. Pick a correctly classified sample.</source>
        <translation>Bild %1 ist falsch klassifiziert (Label %2, vorhergesagt %3): Es gibt nichts anzugreifen. Wählen Sie ein korrekt klassifiziertes Bild.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="107"/>
        <source>The classifier&apos;s input scaling maps this image outside [0,1]; the attack box is [0,1]⁶⁴. Use a classifier trained on the digits with global scaling.</source>
        <translation>Die Eingabeskalierung des Klassifikators bildet dieses Bild außerhalb von [0,1] ab; der Angriffsbereich ist [0,1]⁶⁴. Verwenden Sie einen auf den Ziffern mit globaler Skalierung trainierten Klassifikator.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="111"/>
        <source>The target class must differ from the true class %1.</source>
        <translation>Die Zielklasse muss sich von der wahren Klasse %1 unterscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="112"/>
        <source>Check at least one formulation.</source>
        <translation>Wählen Sie mindestens eine Formulierung aus.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="150"/>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="228"/>
        <source>Computing bounds (%1) and building the MIP…</source>
        <translation>Berechne Schranken (%1) und baue das MIP auf…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="151"/>
        <source>Solving the local formulations with Ipopt…</source>
        <translation>Löse die lokalen Formulierungen mit Ipopt…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="224"/>
        <source>Computing bounds (%1): LP batch %2 of %3…</source>
        <translation>Berechne Schranken (%1): LP-Stapel %2 von %3…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="275"/>
        <source>The attack could not run: %1</source>
        <translation>Der Angriff konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="371"/>
        <source>The exact MIP formulation for test sample %1, its big-M bounds from the chosen bound tightening (computed first); it has no MIP start.</source>
        <translation>Die exakte MIP-Formulierung für Testbild %1, ihre Big-M-Schranken aus der gewählten Schrankenverschärfung (zuerst berechnet); sie hat keinen MIP-Start.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="233"/>
        <source>Solving the MIP in a worker process: %1 binaries, %2 of %3 ReLUs fixed by the bounds (%4 s for bounds).</source>
        <translation>Löse das MIP in einem Worker-Prozess: %1 Binärvariablen, %2 von %3 ReLUs durch die Schranken fixiert (%4 s für die Schranken).</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="273"/>
        <source>The attack failed: %1</source>
        <translation>Der Angriff ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="174"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="245"/>
        <source>Ipopt: %1, solve %2 of %3</source>
        <translation>Ipopt: %1, Lösung %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="344"/>
        <source>x − x₀ (L1 %1)</source>
        <translation>x − x₀ (L1 %1)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="289"/>
        <source>Cancelled. Partial results are shown.</source>
        <translation>Abgebrochen. Teilergebnisse werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="291"/>
        <source>The MIP failed: %1</source>
        <translation>Das MIP ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="293"/>
        <source>Done. The MIP&apos;s smallest L1 change is %1 (%2); the real network then predicts %3.</source>
        <translation>Fertig. Die kleinste L1-Änderung laut MIP beträgt %1 (%2); das echte Netz sagt dann %3 vorher.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="299"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="257"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page.cpp" line="117"/>
        <source>Attack solvers</source>
        <translation>Angriffs-Solver</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/adversarial_page_solve.cpp" line="342"/>
        <source>Perturbed (%1)</source>
        <translation>Gestört (%1)</translation>
    </message>
</context>
<context>
    <name>smip::ui::ClassifierPanel</name>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="34"/>
        <source>Classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="36"/>
        <source>Uses the bundled digits (1,797 8×8 images, 80/20 split by the seed), independent of the dataset on the Data page.</source>
        <translation>Verwendet die mitgelieferten Ziffern (1.797 Bilder mit 8×8 Pixeln, 80/20-Aufteilung gemäß Seed), unabhängig vom Datensatz auf der Seite „Daten“.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="40"/>
        <source>Hidden layer sizes, comma-separated (e.g. 32,16).</source>
        <translation>Größen der verborgenen Schichten, durch Komma getrennt (z. B. 32,16).</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="46"/>
        <source>Seeds the initialization, the batch order and the train/test split.</source>
        <translation>Seed für Initialisierung, Batch-Reihenfolge und Trainings-/Testaufteilung.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="47"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="48"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="49"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="50"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="51"/>
        <source>Export ONNX…</source>
        <translation>ONNX exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="53"/>
        <source>Writes the classifier as an ONNX model: its input is the 8×8 image row by row with pixels / 16 (in [0, 1]).</source>
        <translation>Schreibt den Klassifikator als ONNX-Modell: Eingabe ist das 8×8-Bild zeilenweise mit Pixeln / 16 (in [0, 1]).</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="56"/>
        <source>Loads a classifier saved here (JSON) or an ONNX model (Gemm or MatMul + Add, Relu, Flatten, optional Softmax) that takes the 8×8 image row by row with pixels / 16, in [0, 1], as PyTorch digits models do.</source>
        <translation>Lädt einen hier gespeicherten Klassifikator (JSON) oder ein ONNX-Modell (Gemm oder MatMul + Add, Relu, Flatten, optional Softmax), das wie PyTorch-Ziffernmodelle das 8×8-Bild zeilenweise mit Pixeln / 16, also in [0, 1], erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="60"/>
        <source>No classifier yet: train one or load a JSON or ONNX file.</source>
        <translation>Noch kein Klassifikator: Trainieren Sie einen oder laden Sie eine JSON- oder ONNX-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="64"/>
        <source>Hidden sizes:</source>
        <translation>Verborgene Schichten:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="65"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="66"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="74"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="74"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="74"/>
        <source>loss / accuracy</source>
        <translation>Verlust / Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="75"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="76"/>
        <source>Train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="77"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="85"/>
        <source>Classifier JSON (*.json)</source>
        <translation>Klassifikator-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="88"/>
        <source>Classifiers (*.json *.onnx);;Classifier JSON (*.json);;ONNX, pixels / 16 in [0, 1] (*.onnx)</source>
        <translation>Klassifikatoren (*.json *.onnx);;Klassifikator-JSON (*.json);;ONNX, Pixel / 16 in [0, 1] (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="91"/>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="110"/>
        <source>Save classifier</source>
        <translation>Klassifikator speichern</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="93"/>
        <source>Load classifier (JSON, or ONNX taking pixels / 16 in [0, 1])</source>
        <translation>Klassifikator laden (JSON oder ONNX mit Pixeln / 16 in [0, 1])</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="104"/>
        <source>Load classifier</source>
        <translation>Klassifikator laden</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="130"/>
        <source>Cannot load the bundled digits: %1</source>
        <translation>Die mitgelieferten Ziffern können nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="149"/>
        <source>The bundled digits dataset is not available.</source>
        <translation>Der mitgelieferte Ziffern-Datensatz ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="156"/>
        <source>Cannot split the digits: %1</source>
        <translation>Die Ziffern können nicht aufgeteilt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="178"/>
        <source>Hidden sizes: &apos;%1&apos; is not a size between 1 and 4096.</source>
        <translation>Verborgene Schichten: „%1“ ist keine Größe zwischen 1 und 4096.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="185"/>
        <source>Hidden sizes: give at least one layer size, e.g. 32,16.</source>
        <translation>Verborgene Schichten: Geben Sie mindestens eine Schichtgröße an, z. B. 32,16.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="196"/>
        <source>Training %1 on the digits…</source>
        <translation>Training von %1 auf den Ziffern…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="224"/>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="233"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="228"/>
        <source>trained, hidden %1, %2 epochs</source>
        <translation>trainiert, verborgen %1, %2 Epochen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="229"/>
        <source>Training finished in %1 s.</source>
        <translation>Training nach %1 s abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="231"/>
        <source>Training stopped; the previous classifier is kept.</source>
        <translation>Training gestoppt; der bisherige Klassifikator bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="256"/>
        <source>, test accuracy %1 %</source>
        <translation>, Testgenauigkeit %1 %</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="257"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="270"/>
        <source>%1 has %2 inputs and %3 outputs; a digits classifier needs 64 and 10.</source>
        <translation>%1 hat %2 Eingänge und %3 Ausgänge; ein Ziffern-Klassifikator braucht 64 bzw. 10.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="280"/>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="285"/>
        <source>There is no classifier to save.</source>
        <translation>Es gibt keinen Klassifikator zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="291"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="296"/>
        <source>There is no classifier to export.</source>
        <translation>Es gibt keinen Klassifikator zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/classifier_panel.cpp" line="298"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>smip::ui::ComparePage</name>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="35"/>
        <source>none, wd, l1, group, p&lt;exponent&gt; (comma separated)</source>
        <translation>none, wd, l1, group, p&lt;Exponent&gt; (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="49"/>
        <source>fit tolerances ε of the frontier, e.g. 0,0.01,0.05,0.1</source>
        <translation>Anpassungstoleranzen ε der Front, z. B. 0,0.01,0.05,0.1</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="52"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="54"/>
        <source>Regularization paths</source>
        <translation>Regularisierungspfade</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="56"/>
        <source>Regularizers:</source>
        <translation>Regularisierer:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="57"/>
        <source>λ values:</source>
        <translation>λ-Werte:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="58"/>
        <source>λ from:</source>
        <translation>λ von:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="59"/>
        <source>λ to:</source>
        <translation>λ bis:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="60"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="61"/>
        <source>Exact frontier (MILP)</source>
        <translation>Exakte Front (MILP)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="63"/>
        <source>Tolerances ε:</source>
        <translation>Toleranzen ε:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="64"/>
        <source>Time limit per ε:</source>
        <translation>Zeitlimit je ε:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="65"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="69"/>
        <source>Every regularizer is trained from one initialization at each λ; the MILP&apos;s weight bounds hold every trained network, so no trained point within ε can have fewer nonzeros than the proven optimum at ε.</source>
        <translation>Jeder Regularisierer wird bei jedem λ von derselben Initialisierung trainiert; die Gewichtsschranken des MILP umfassen jedes trainierte Netz, daher kann kein trainierter Punkt innerhalb von ε weniger Nichtnull-Einträge haben als das bewiesene Optimum bei ε.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="89"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="89"/>
        <source>nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="89"/>
        <source>bound</source>
        <translation>Schranke</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="89"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="89"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="89"/>
        <source>started from</source>
        <translation>gestartet von</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="124"/>
        <source>Tolerances ε: &apos;%1&apos; is not a number</source>
        <translation>Toleranzen ε: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="162"/>
        <source>Load or generate a dataset first.</source>
        <translation>Laden oder erzeugen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="168"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="184"/>
        <source>Training %1 regularizer(s) at %2 λ value(s) on both cores…</source>
        <translation>%1 Regularisierer werden bei %2 λ-Werten auf beiden Kernen trainiert…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="193"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="207"/>
        <source>Solving the sparsest network within ε = %1 (MILP in a worker process)…</source>
        <translation>Das dünnstbesetzte Netz innerhalb ε = %1 wird gelöst (MILP in einem Arbeitsprozess)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="221"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="233"/>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="234"/>
        <source>%1 trained networks, %2 of %3 frontier points proven (MILP bounds w_B = %4, b_B = %5), %6 s.</source>
        <translation>%1 trainierte Netze, %2 von %3 Frontpunkten bewiesen (MILP-Schranken w_B = %4, b_B = %5), %6 s.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="260"/>
        <source>proven optimal</source>
        <translation>als optimal bewiesen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compare_page.cpp" line="262"/>
        <source>no trained point within ε</source>
        <translation>kein trainierter Punkt innerhalb ε</translation>
    </message>
</context>
<context>
    <name>smip::ui::ComparisonTable</name>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="11"/>
        <source>Formulation</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="11"/>
        <source>Objective</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="11"/>
        <source>Real L1</source>
        <translation>Echte L1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="12"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="12"/>
        <source>Gap to MIP</source>
        <translation>Abstand zum MIP</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="12"/>
        <source>Valid on real network</source>
        <translation>Gültig im echten Netz</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="13"/>
        <source>Proven / local</source>
        <translation>Bewiesen / lokal</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="15"/>
        <source>The solver&apos;s own objective: ‖x − x₀‖₁ of the (surrogate) problem.</source>
        <translation>Der Zielfunktionswert des Solvers selbst: ‖x − x₀‖₁ des (Ersatz-)Problems.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="16"/>
        <source>‖x − x₀‖₁ of the returned point, recomputed.</source>
        <translation>‖x − x₀‖₁ des zurückgegebenen Punkts, nachgerechnet.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="18"/>
        <source>Real L1 relative to the MIP&apos;s answer (0 % = as small as the optimum).</source>
        <translation>Echte L1 relativ zur MIP-Lösung (0 % = so klein wie das Optimum).</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="20"/>
        <source>Whether the point changes the decision of the real ReLU network (not the surrogate), and the class the real network predicts there.</source>
        <translation>Ob der Punkt die Entscheidung des echten ReLU-Netzes (nicht des Ersatzmodells) ändert, und welche Klasse das echte Netz dort vorhersagt.</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="31"/>
        <source>MIP (CBC, exact)</source>
        <translation>MIP (CBC, exakt)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="32"/>
        <source>sqrt-ReLU (Ipopt)</source>
        <translation>sqrt-ReLU (Ipopt)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="33"/>
        <source>sqrt-ReLU δ=%1 (Ipopt)</source>
        <translation>sqrt-ReLU δ=%1 (Ipopt)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="35"/>
        <source>softplus β=%1 (Ipopt)</source>
        <translation>Softplus β=%1 (Ipopt)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="48"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="49"/>
        <source>time limit (incumbent)</source>
        <translation>Zeitlimit (beste Lösung)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="50"/>
        <source>infeasible (robust)</source>
        <translation>unzulässig (robust)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="51"/>
        <source>unbounded</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="52"/>
        <source>time limit (no solution)</source>
        <translation>Zeitlimit (keine Lösung)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="53"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="54"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="55"/>
        <source>locally optimal</source>
        <translation>lokal optimal</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="56"/>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="57"/>
        <source>locally infeasible</source>
        <translation>lokal unzulässig</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="58"/>
        <source>iteration limit</source>
        <translation>Iterationslimit</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="59"/>
        <source>time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="60"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="100"/>
        <source>no (still class %1)</source>
        <translation>nein (weiterhin Klasse %1)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="103"/>
        <source>yes, margin not met (class %1)</source>
        <translation>ja, Marge nicht erreicht (Klasse %1)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="106"/>
        <source>yes (class %1)</source>
        <translation>ja (Klasse %1)</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="113"/>
        <source>margin on the real network: %1</source>
        <translation>Marge im echten Netz: %1</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="118"/>
        <source>proven optimal</source>
        <translation>als optimal bewiesen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="118"/>
        <source>exact model, not proven</source>
        <translation>exaktes Modell, nicht bewiesen</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="119"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="124"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="40"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="41"/>
        <source>sqrt</source>
        <translation>sqrt</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/comparison_table.cpp" line="42"/>
        <source>softplus β=%1</source>
        <translation>Softplus β=%1</translation>
    </message>
</context>
<context>
    <name>smip::ui::DataPage</name>
    <message>
        <location filename="../ui/data/data_page.cpp" line="31"/>
        <source>Random (uniform X, uniform y)</source>
        <translation>Zufällig (gleichverteiltes X, gleichverteiltes y)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="32"/>
        <source>Planted ReLU teacher</source>
        <translation>Verborgenes ReLU-Lehrernetz</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="33"/>
        <source>Low-rank linear</source>
        <translation>Linear mit niedrigem Rang</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="34"/>
        <source>2-D corner</source>
        <translation>2-D Ecke</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="35"/>
        <source>2-D two spirals</source>
        <translation>2-D zwei Spiralen</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="36"/>
        <source>2-D XOR</source>
        <translation>2-D XOR</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="37"/>
        <source>2-D circles</source>
        <translation>2-D Kreise</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="38"/>
        <source>2-D moons</source>
        <translation>2-D Halbmonde</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="39"/>
        <source>2-D blobs</source>
        <translation>2-D Punktwolken</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="40"/>
        <source>1-D random points</source>
        <translation>1-D-Zufallspunkte</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="41"/>
        <source>1-D planted few-kink ReLU teacher</source>
        <translation>1-D-ReLU-Lehrernetz mit wenigen Knicken</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="42"/>
        <source>1-D samples of sin(πx)</source>
        <translation>1-D-Stichproben von sin(πx)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="43"/>
        <source>1-D bump preset (6 points)</source>
        <translation>1-D-Buckel (Voreinstellung, 6 Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="47"/>
        <source>Iris (150 × 4, 3 classes)</source>
        <translation>Iris (150 × 4, 3 Klassen)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="48"/>
        <source>Wine (178 × 13, 3 classes)</source>
        <translation>Wine (178 × 13, 3 Klassen)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="49"/>
        <source>Breast cancer (569 × 30, 2 classes)</source>
        <translation>Brustkrebs (569 × 30, 2 Klassen)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="50"/>
        <source>Digits 8×8 (1797 × 64, 10 classes)</source>
        <translation>Ziffern 8×8 (1797 × 64, 10 Klassen)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="99"/>
        <location filename="../ui/data/data_page.cpp" line="106"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="100"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="101"/>
        <source>Samples N:</source>
        <translation>Datenpunkte N:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="102"/>
        <source>Features d:</source>
        <translation>Merkmale d:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="103"/>
        <source>Noise (2-D shapes, 1-D curves):</source>
        <translation>Rauschen (2-D-Formen, 1-D-Kurven):</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="104"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="114"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="118"/>
        <source>Bundled datasets</source>
        <translation>Mitgelieferte Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="122"/>
        <source>last column</source>
        <translation>letzte Spalte</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="123"/>
        <source>Name or 1-based index of the target column</source>
        <translation>Name oder Index (ab 1) der Zielspalte</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="124"/>
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="125"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="127"/>
        <source>Target column:</source>
        <translation>Zielspalte:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="132"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="158"/>
        <source>X axis:</source>
        <translation>X-Achse:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="160"/>
        <source>Y axis:</source>
        <translation>Y-Achse:</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="210"/>
        <source>%1, N=%2, d=%3, seed %4</source>
        <translation>%1, N=%2, d=%3, Seed %4</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="243"/>
        <source>Open CSV</source>
        <translation>CSV öffnen</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="244"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="256"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="256"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="261"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data/data_page.cpp" line="268"/>
        <source>classification, %n classes</source>
        <translation>
            <numerusform>Klassifikation, %n Klasse</numerusform>
            <numerusform>Klassifikation, %n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="269"/>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="270"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 samples × %3 features, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Datenpunkte × %3 Merkmale, %4</translation>
    </message>
    <message>
        <location filename="../ui/data/data_page.cpp" line="286"/>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
</context>
<context>
    <name>smip::ui::FunctionView</name>
    <message>
        <location filename="../ui/charts/function_view.cpp" line="204"/>
        <source>No data yet: generate or load a dataset on the Data page.</source>
        <translation>Noch keine Daten: Erzeugen oder laden Sie einen Datensatz auf der Seite „Daten“.</translation>
    </message>
    <message>
        <location filename="../ui/charts/function_view.cpp" line="206"/>
        <source>The function view needs data with 1 or 2 inputs; this dataset has %1. Generate 1-D data (e.g. kinks, sine, bump) or a 2-D shape on the Data page.</source>
        <translation>Die Funktionsansicht braucht Daten mit 1 oder 2 Eingängen; dieser Datensatz hat %1. Erzeugen Sie 1-D-Daten (z. B. kinks, sine, bump) oder eine 2-D-Form auf der Seite „Daten“.</translation>
    </message>
    <message>
        <location filename="../ui/charts/function_view.cpp" line="346"/>
        <source>%1 — contour at f = %2</source>
        <translation>%1 — Höhenlinie bei f = %2</translation>
    </message>
</context>
<context>
    <name>smip::ui::LearningChart</name>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="13"/>
        <source>Accuracy of the incumbent network</source>
        <translation>Genauigkeit des aktuellen Netzes</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="13"/>
        <location filename="../ui/charts/learning_chart.cpp" line="17"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="13"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="14"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="15"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="17"/>
        <source>Size of the incumbent network</source>
        <translation>Größe des aktuellen Netzes</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="17"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="18"/>
        <source>Nonzero weights</source>
        <translation>Gewichte ungleich null</translation>
    </message>
    <message>
        <location filename="../ui/charts/learning_chart.cpp" line="20"/>
        <source>Used units</source>
        <translation>Genutzte Neuronen</translation>
    </message>
</context>
<context>
    <name>smip::ui::LessonPanel</name>
    <message>
        <location filename="../ui/lessons/lesson_panel.cpp" line="19"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_panel.cpp" line="39"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_panel.cpp" line="40"/>
        <location filename="../ui/lessons/lesson_panel.cpp" line="148"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_panel.cpp" line="106"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_panel.cpp" line="148"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_panel.cpp" line="149"/>
        <source>Running… Next is enabled when the run is done.</source>
        <translation>Läuft… „Weiter“ wird aktiv, sobald der Lauf fertig ist.</translation>
    </message>
</context>
<context>
    <name>smip::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="34"/>
        <source>SparseMIP Studio</source>
        <translation>SparseMIP Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="38"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="39"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="40"/>
        <source>Sparsest network</source>
        <translation>Dünnstbesetztes Netz</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="49"/>
        <source>MIP training</source>
        <translation>MIP-Training</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="50"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="60"/>
        <source>Cannot load data</source>
        <translation>Daten können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="61"/>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="65"/>
        <source>Dataset: %1 — %2 × %3</source>
        <translation>Datensatz: %1 — %2 × %3</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="96"/>
        <source>&amp;Open CSV…</source>
        <translation>CSV &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="97"/>
        <source>&amp;Export dataset as CSV…</source>
        <translation>Datensatz als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="98"/>
        <source>&amp;Bundled dataset</source>
        <translation>&amp;Mitgelieferter Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="108"/>
        <source>Open &amp;session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="109"/>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="113"/>
        <location filename="../ui/main/main_window.cpp" line="126"/>
        <source>Export &amp;MILP…</source>
        <translation>&amp;MILP exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="121"/>
        <source>Cancel the MILP &amp;export</source>
        <translation>MILP-&amp;Export abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="122"/>
        <source>Preparing the MILP export…</source>
        <translation>MILP-Export wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="128"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="130"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="133"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="143"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="144"/>
        <source>The language changes when SparseMIP Studio restarts.</source>
        <translation>Die Sprache wird nach einem Neustart von SparseMIP Studio umgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="150"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="151"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="152"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="154"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="157"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="158"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="159"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="169"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="176"/>
        <source>&amp;About SparseMIP Studio</source>
        <translation>Ü&amp;ber SparseMIP Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="178"/>
        <source>About SparseMIP Studio</source>
        <translation>Über SparseMIP Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="179"/>
        <source>&lt;h3&gt;SparseMIP Studio %1&lt;/h3&gt;&lt;p&gt;A workbench for sparse neural networks: gradient training with sparsity regularizers, and provably sparsest networks by mixed-integer programming (COIN-OR CBC, Ipopt).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SparseMIP Studio %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für dünnbesetzte neuronale Netze: Gradiententraining mit Sparsity-Regularisierern und beweisbar dünnstbesetzte Netze durch gemischt-ganzzahlige Programmierung (COIN-OR CBC, Ipopt).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="233"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="235"/>
        <source>SparseMIP sessions (*.json)</source>
        <translation>SparseMIP-Sitzungen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="240"/>
        <source>Cannot save session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="242"/>
        <source>Session saved to %1</source>
        <translation>Sitzung gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="248"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="249"/>
        <source>SparseMIP sessions (*.json);;All files (*)</source>
        <translation>SparseMIP-Sitzungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="253"/>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="47"/>
        <source>Perceptron MILP</source>
        <translation>Perzeptron-MILP</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="48"/>
        <source>Adversarial</source>
        <translation>Adversarial-Angriffe</translation>
    </message>
</context>
<context>
    <name>smip::ui::MilpExporter</name>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="36"/>
        <source>The page “%1” solves no MILP. Export MILP… works on the Sparsest network, Perceptron MILP, Adversarial and MIP training pages.</source>
        <translation>Die Seite „%1“ löst kein MILP. „MILP exportieren…“ funktioniert auf den Seiten Dünnstbesetztes Netz, Perzeptron-MILP, Adversarial-Angriffe und MIP-Training.</translation>
    </message>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="46"/>
        <location filename="../ui/main/milp_exporter.cpp" line="71"/>
        <source>An export is still being prepared.</source>
        <translation>Ein Export wird noch vorbereitet.</translation>
    </message>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="51"/>
        <location filename="../ui/main/milp_exporter.cpp" line="56"/>
        <location filename="../ui/main/milp_exporter.cpp" line="124"/>
        <source>Export MILP</source>
        <translation>MILP exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="57"/>
        <source>MPS files (*.mps);;CPLEX LP files (*.lp)</source>
        <translation>MPS-Dateien (*.mps);;CPLEX-LP-Dateien (*.lp)</translation>
    </message>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="99"/>
        <location filename="../ui/main/milp_exporter.cpp" line="101"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="104"/>
        <source>No model was exported: the preparation was stopped or ended before a MILP was built.</source>
        <translation>Es wurde kein Modell exportiert: Die Vorbereitung wurde abgebrochen oder endete, bevor ein MILP aufgebaut war.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/milp_exporter.cpp" line="111"/>
        <source>Wrote %n file(s): %1.</source>
        <translation>
            <numerusform>%n Datei geschrieben: %1.</numerusform>
            <numerusform>%n Dateien geschrieben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/milp_exporter.cpp" line="113"/>
        <source>No MIP start was written.</source>
        <translation>Es wurde kein MIP-Start geschrieben.</translation>
    </message>
</context>
<context>
    <name>smip::ui::MipTrainPage</name>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="53"/>
        <source>5-bit parity (Patil &amp; Mintz)</source>
        <translation>5-Bit-Parität (Patil &amp; Mintz)</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="62"/>
        <source>binary (step)</source>
        <translation>binär (Stufenfunktion)</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="63"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="65"/>
        <source>linearized log-likelihood</source>
        <translation>linearisierte Log-Likelihood</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="66"/>
        <source>misclassifications</source>
        <translation>Fehlklassifikationen</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="68"/>
        <source>full MIP</source>
        <translation>vollständiges MIP</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="69"/>
        <source>layer-wise (greedy)</source>
        <translation>schichtweise (greedy)</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="70"/>
        <source>hybrid: MIP then SGD</source>
        <translation>hybrid: MIP, dann SGD</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="71"/>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="122"/>
        <source>Lagrangian decomposition</source>
        <translation>Lagrange-Dekomposition</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="82"/>
        <source>Objective cost per nonzero parameter (0 = no sparsity term)</source>
        <translation>Kosten in der Zielfunktion pro Nicht-Null-Parameter (0 = kein Sparsity-Term)</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="83"/>
        <source>Start the MIP from SGD&apos;s pattern</source>
        <translation>MIP mit dem Aktivierungsmuster von SGD starten</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="92"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="93"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="94"/>
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="96"/>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="97"/>
        <source>Loss:</source>
        <translation>Verlust:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="98"/>
        <source>Method:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="99"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="100"/>
        <source>Blocks B:</source>
        <translation>Blöcke B:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="101"/>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="102"/>
        <source>Sparsity cost:</source>
        <translation>Sparsity-Kosten:</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="105"/>
        <source>MIP training</source>
        <translation>MIP-Training</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="107"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="122"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="122"/>
        <source>objective</source>
        <translation>Zielfunktion</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="123"/>
        <source>Dual bound</source>
        <translation>Duale Schranke</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="125"/>
        <source>Best primal</source>
        <translation>Beste primale Lösung</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="127"/>
        <source>L(λ) this iteration</source>
        <translation>L(λ) in dieser Iteration</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="129"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="129"/>
        <source>Train acc.</source>
        <translation>Gen. Training</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="129"/>
        <source>Test acc.</source>
        <translation>Gen. Test</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="129"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="130"/>
        <source>Nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="130"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="130"/>
        <source>Objective</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="131"/>
        <source>Proven gap</source>
        <translation>Gap (bewiesen)</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="138"/>
        <source>Incumbent network</source>
        <translation>Aktuelles Netz</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="139"/>
        <source>Lagrangian</source>
        <translation>Lagrange</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="233"/>
        <source>This formulation is exact: the MILP optimum is the best network.</source>
        <translation>Diese Formulierung ist exakt: Das MILP-Optimum ist das beste Netz.</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="234"/>
        <source>ReLU × weight products are relaxed (McCormick): the MILP is a relaxation and its networks are re-evaluated exactly.</source>
        <translation>Produkte aus ReLU und Gewicht werden relaxiert (McCormick): Das MILP ist eine Relaxierung, seine Netze werden exakt nachbewertet.</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="244"/>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="412"/>
        <source>Invalid architecture: %1</source>
        <translation>Ungültige Architektur: %1</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="253"/>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="417"/>
        <source>Cannot load the data: %1</source>
        <translation>Die Daten können nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="285"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="292"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="352"/>
        <source>Cannot train: %1</source>
        <translation>Training nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="355"/>
        <source>Finished: %1 distinct of %2 training samples (identical samples are aggregated exactly).</source>
        <translation>Fertig: %1 verschiedene von %2 Trainingsdatenpunkten (identische Datenpunkte werden exakt zusammengefasst).</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="375"/>
        <source> [relaxed]</source>
        <translation> [relaxiert]</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="430"/>
        <source>The full MIP over the distinct training samples</source>
        <translation>Das vollständige MIP über die verschiedenen Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="433"/>
        <source>Layer 1 of the layer-wise method: each later layer&apos;s MILP is built from the solved layers before it, so only the first exists before training</source>
        <translation>Schicht 1 der schichtweisen Methode: Das MILP jeder späteren Schicht entsteht aus den zuvor gelösten Schichten, daher gibt es vor dem Training nur das erste</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="437"/>
        <source>The block MILPs of the Lagrangian decomposition&apos;s first iteration, one file per block</source>
        <translation>Die Block-MILPs der ersten Iteration der Lagrange-Zerlegung, eine Datei pro Block</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="439"/>
        <source>; the start comes from SGD&apos;s activation pattern (SGD runs first).</source>
        <translation>; der Start stammt aus dem Aktivierungsmuster von SGD (SGD läuft zuerst).</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="441"/>
        <source>; no MIP start.</source>
        <translation>; kein MIP-Start.</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="279"/>
        <source>Full MIP bound</source>
        <translation>Schranke des vollständigen MIP</translation>
    </message>
    <message>
        <location filename="../ui/miptrain/mip_train_page.cpp" line="85"/>
        <source>Binary units: the full MIP begins from the activation pattern of the SGD reference network (hidden weights re-fitted to the bound and margin, output layer optimal), so it starts at least that good</source>
        <translation>Binäre Einheiten: Das volle MIP beginnt mit dem Aktivierungsmuster des SGD-Referenznetzes (verdeckte Gewichte an Schranke und Abstand neu angepasst, Ausgabeschicht optimal) und ist damit von Anfang an mindestens so gut</translation>
    </message>
</context>
<context>
    <name>smip::ui::Net</name>
    <message>
        <location filename="../ui/widgets/onnx_export.cpp" line="45"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>smip::ui::NetworkView</name>
    <message>
        <location filename="../ui/widgets/network_view.cpp" line="47"/>
        <source>No network yet</source>
        <translation>Noch kein Netz</translation>
    </message>
</context>
<context>
    <name>smip::ui::ParetoChart</name>
    <message>
        <location filename="../ui/compare/pareto_chart.cpp" line="34"/>
        <source>Fit error against nonzeros: regularization paths and the exact frontier</source>
        <translation>Anpassungsfehler gegen Nichtnull-Einträge: Regularisierungspfade und die exakte Front</translation>
    </message>
    <message>
        <location filename="../ui/compare/pareto_chart.cpp" line="66"/>
        <source>fit error: max |f(x) − y| (log; ε = 0 at the left edge)</source>
        <translation>Anpassungsfehler: max |f(x) − y| (log; ε = 0 am linken Rand)</translation>
    </message>
    <message>
        <location filename="../ui/compare/pareto_chart.cpp" line="71"/>
        <source>nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/compare/pareto_chart.cpp" line="110"/>
        <source>exact frontier (MILP)</source>
        <translation>exakte Front (MILP)</translation>
    </message>
    <message>
        <location filename="../ui/compare/pareto_chart.cpp" line="113"/>
        <source>proven optimum</source>
        <translation>bewiesenes Optimum</translation>
    </message>
    <message>
        <location filename="../ui/compare/pareto_chart.cpp" line="139"/>
        <source>unproven: bound to incumbent</source>
        <translation>unbewiesen: Schranke bis beste Lösung</translation>
    </message>
</context>
<context>
    <name>smip::ui::PerceptronForm</name>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="48"/>
        <source>Current dataset (Data page)</source>
        <translation>Aktueller Datensatz (Seite „Daten“)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="55"/>
        <source>Samples of a generated 2-D shape (corner, spiral, xor, moons).</source>
        <translation>Datenpunkte einer erzeugten 2-D-Form (Ecke, Spirale, XOR, Halbmonde).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="60"/>
        <source>Stratified, seeded split; 1 trains on everything (no test set).</source>
        <translation>Stratifizierte Aufteilung mit Seed; 1 trainiert auf allen Daten (keine Testmenge).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="65"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="67"/>
        <source>Stratified subsample of the training part: the MILP grows with every sample.</source>
        <translation>Stratifizierte Teilstichprobe des Trainingsanteils: Das MILP wächst mit jedem Datenpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="69"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="71"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="72"/>
        <source>Samples (shapes):</source>
        <translation>Datenpunkte (Formen):</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="73"/>
        <source>Train fraction:</source>
        <translation>Trainingsanteil:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="74"/>
        <source>Max training samples:</source>
        <translation>Max. Trainingsdatenpunkte:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="75"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="89"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="90"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="91"/>
        <source>Neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="92"/>
        <source>Count nonzero hidden weights (one binary per weight).</source>
        <translation>Zählt die Nicht-Null-Gewichte der verborgenen Schicht (eine Binärvariable pro Gewicht).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="93"/>
        <source>Count hidden firings over the training samples.</source>
        <translation>Zählt, wie oft verborgene Neuronen auf den Trainingsdatenpunkten feuern.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="94"/>
        <source>A kill switch per hidden unit; count the used units.</source>
        <translation>Ein Abschalter pro verborgenem Neuron; zählt die benutzten Neuronen.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="100"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="102"/>
        <source>Cap N_max on the nonzero hidden weights (needs the weights term).</source>
        <translation>Obergrenze N_max für die Nicht-Null-Gewichte der verborgenen Schicht (erfordert den Gewichte-Term).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="103"/>
        <source>Integer network</source>
        <translation>Ganzzahliges Netz</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="104"/>
        <source>Inputs round(10·x in [0,1]), integer weights and biases.</source>
        <translation>Eingaben round(10·x in [0,1]), ganzzahlige Gewichte und Biases.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="105"/>
        <source>Non-negative weights</source>
        <translation>Nichtnegative Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="106"/>
        <source>Hidden weights ≥ 0: each unit selects features.</source>
        <translation>Verborgene Gewichte ≥ 0: Jedes Neuron wählt Merkmale aus.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="108"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="109"/>
        <source>Last incumbent</source>
        <translation>Letzte Zwischenlösung</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="110"/>
        <source>Every incumbent, restarting</source>
        <translation>Jede Zwischenlösung, mit Neustart</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="113"/>
        <source>The solver&apos;s networks re-solved exactly by LP on their firing pattern, with weights and units dropped; a strictly better one replaces the solver&apos;s. Last incumbent: after the solve. Every incumbent: each one ends the solve, which restarts from the better network (the search tree is lost).</source>
        <translation>Die Netze des Solvers werden exakt per LP auf ihrem Feuermuster neu gelöst, wobei Gewichte und Einheiten entfallen; ein echt besseres ersetzt das des Solvers. Letzte Zwischenlösung: nach dem Lösen. Jede Zwischenlösung: jede beendet den Lauf, der vom besseren Netz neu startet (der Suchbaum geht verloren).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="117"/>
        <source>Enumerate firing patterns first</source>
        <translation>Zuerst Feuermuster aufzählen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="119"/>
        <source>Before CBC: list every firing pattern a unit can have on the training samples and search the sets of units that could beat the start. Proves the optimum on small 2-D data that CBC&apos;s bound alone cannot (with the activations term; continuous networks, up to 64 training samples, 3 inputs and 4 hidden units; uses at most 40 % of the time limit).</source>
        <translation>Vor CBC: jedes Feuermuster auflisten, das eine Einheit auf den Trainingsbeispielen haben kann, und die Mengen von Einheiten durchsuchen, die den Start schlagen könnten. Beweist auf kleinen 2-D-Daten das Optimum, wo CBCs Schranke allein es nicht kann (mit dem Aktivierungsterm; kontinuierliche Netze, bis zu 64 Trainingsbeispiele, 3 Eingaben und 4 verborgene Einheiten; nutzt höchstens 40 % des Zeitlimits).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="126"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="127"/>
        <source>Network and sparsity</source>
        <translation>Netz und Sparsity</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="129"/>
        <source>Hidden units:</source>
        <translation>Verborgene Neuronen:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="131"/>
        <source>Penalize</source>
        <translation>Bestrafen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="132"/>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="140"/>
        <source>Weight cap N_max:</source>
        <translation>Gewichtsobergrenze N_max:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="143"/>
        <source>Polish incumbents:</source>
        <translation>Zwischenlösungen polieren:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="145"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="205"/>
        <source>The current dataset is empty: load one on the Data page or pick a dataset here.</source>
        <translation>Der aktuelle Datensatz ist leer: Laden Sie einen auf der Seite „Daten“ oder wählen Sie hier einen Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="216"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="221"/>
        <source>“%1” is a regression dataset: the perceptron network needs class labels. Pick a classification dataset.</source>
        <translation>„%1“ ist ein Regressionsdatensatz: Das Perzeptron-Netz benötigt Klassenlabels. Wählen Sie einen Klassifikationsdatensatz.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="228"/>
        <source>Cannot use this dataset: %1</source>
        <translation>Dieser Datensatz kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="259"/>
        <source>%1: %2 samples, %3 features, %4 classes; %5 training rows.
MILP: %6 rows, %7 columns, %8 binaries.</source>
        <translation>%1: %2 Datenpunkte, %3 Merkmale, %4 Klassen; %5 Trainingszeilen.
MILP: %6 Zeilen, %7 Spalten, %8 Binärvariablen.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_form.cpp" line="270"/>
        <source>
Large: a smaller “Max training samples” solves much faster.</source>
        <translation>
Groß: Mit einem kleineren Wert für „Max. Trainingsdatenpunkte“ geht das Lösen viel schneller.</translation>
    </message>
</context>
<context>
    <name>smip::ui::PerceptronPage</name>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="27"/>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="86"/>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="68"/>
        <source>CBC&apos;s log appears here.</source>
        <translation>Hier erscheint das Protokoll von CBC.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="71"/>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="76"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="84"/>
        <source>Decision regions</source>
        <translation>Entscheidungsgebiete</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="85"/>
        <source>Hidden weights</source>
        <translation>Verborgene Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="90"/>
        <source>Incumbent network</source>
        <translation>Aktuelles Netz</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="91"/>
        <source>CBC log</source>
        <translation>CBC-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="25"/>
        <source>proven optimal</source>
        <translation>als optimal bewiesen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="27"/>
        <source>time limit (incumbent kept)</source>
        <translation>Zeitlimit (beste Lösung behalten)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="29"/>
        <source>infeasible</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="31"/>
        <source>unbounded</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="33"/>
        <source>time limit, no solution</source>
        <translation>Zeitlimit, keine Lösung</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="35"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="37"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="100"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="107"/>
        <source>Solving…</source>
        <translation>Löse…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="144"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Train accuracy: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3Nonzero weights: %4&lt;br&gt;Used units: %5&lt;br&gt;Objective %6 at %7 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Trainingsgenauigkeit: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3Gewichte ungleich null: %4&lt;br&gt;Genutzte Neuronen: %5&lt;br&gt;Zielfunktionswert %6 nach %7 s</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="146"/>
        <source>Start network (the search begins here)</source>
        <translation>Startnetz (hier beginnt die Suche)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="147"/>
        <source>Polished network (better than the solver&apos;s)</source>
        <translation>Poliertes Netz (besser als das des Solvers)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="148"/>
        <source>Incumbent network (the search goes on)</source>
        <translation>Aktuelles Netz (die Suche läuft weiter)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="151"/>
        <source>Test accuracy: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</source>
        <translation>Testgenauigkeit: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="163"/>
        <source>Cannot build the model: %1</source>
        <translation>Das Modell kann nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="164"/>
        <source>No result.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="203"/>
        <source>found the optimum</source>
        <translation>Optimum gefunden</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="205"/>
        <source>no network beats the start: the start is optimal</source>
        <translation>kein Netz schlägt den Start: der Start ist optimal</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="207"/>
        <source>time ran out after %n pass(es)</source>
        <translation>
            <numerusform>Zeit nach %n Durchlauf abgelaufen</numerusform>
            <numerusform>Zeit nach %n Durchläufen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="208"/>
        <source>Pattern enumeration: bound %1, %2 networks of %3 candidate units in %4 s — %5&lt;br&gt;</source>
        <translation>Musteraufzählung: Schranke %1, %2 Netze aus %3 Kandidateneinheiten in %4 s — %5&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="328"/>
        <source>The MILP on the training part (%1 samples; %2 columns, %3 rows), with the start the solve gets (the better of the heuristic and the gradient start).</source>
        <translation>Das MILP auf dem Trainingsteil (%1 Datenpunkte; %2 Spalten, %3 Zeilen), mit dem Start, den die Lösung erhält (der bessere aus heuristischem und Gradienten-Start).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="85"/>
        <source> Training part subsampled from %1 to %2 rows.</source>
        <translation> Trainingsanteil per Teilstichprobe von %1 auf %2 Zeilen reduziert.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="86"/>
        <source>Solving with CBC in a worker process (%1 columns, %2 rows).</source>
        <translation>Löse mit CBC in einem Worker-Prozess (%1 Spalten, %2 Zeilen).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page.cpp" line="131"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="221"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="233"/>
        <source>No network: %1</source>
        <translation>Kein Netz: %1</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="236"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="237"/>
        <source>Train accuracy: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 wrong)&lt;br&gt;</source>
        <translation>Trainingsgenauigkeit: &lt;b&gt;%1&lt;/b&gt; (%2 von %3 falsch)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="242"/>
        <source>Test accuracy: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 wrong)&lt;br&gt;</source>
        <translation>Testgenauigkeit: &lt;b&gt;%1&lt;/b&gt; (%2 von %3 falsch)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="247"/>
        <source>Test accuracy: no test set&lt;br&gt;</source>
        <translation>Testgenauigkeit: keine Testmenge&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="249"/>
        <source>%1: objective %2, train accuracy %3, %4 weights, %5 units (%6 s)&lt;br&gt;</source>
        <translation>%1: Zielfunktionswert %2, Trainingsgenauigkeit %3, %4 Gewichte, %5 Neuronen (%6 s)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="256"/>
        <source>Bit errors: decoded %1, MILP loss %2 — </source>
        <translation>Bitfehler: dekodiert %1, MILP-Verlust %2 — </translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="260"/>
        <source>&lt;span style=&apos;color:#1a7f37&apos;&gt;verified ✓&lt;/span&gt;&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:#1a7f37&apos;&gt;verifiziert ✓&lt;/span&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="262"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;MISMATCH&lt;/b&gt;: %1&lt;/span&gt;&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;ABWEICHUNG&lt;/b&gt;: %1&lt;/span&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="264"/>
        <source>Nonzero weights: %1&lt;br&gt;Active neurons: %2 of %3&lt;br&gt;Firings on train: %4&lt;br&gt;</source>
        <translation>Nicht-Null-Gewichte: %1&lt;br&gt;Aktive Neuronen: %2 von %3&lt;br&gt;Feuern im Training: %4&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="270"/>
        <source>Objective %1, bound %2, gap %3&lt;br&gt;Nodes %4, solve %5 s</source>
        <translation>Zielfunktionswert %1, Schranke %2, Gap %3&lt;br&gt;Knoten %4, Lösen %5 s</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="292"/>
        <source>Hidden weights ω (units × features; white = 0, on inputs scaled to [0,1])</source>
        <translation>Verborgene Gewichte ω (Neuronen × Merkmale; weiß = 0, bezogen auf Eingaben skaliert auf [0,1])</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="301"/>
        <source>Filled = train, hollow = test, dashed = perceptrons</source>
        <translation>Gefüllt = Training, hohl = Test, gestrichelt = Perzeptren</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="118"/>
        <source>The solver process ended without a result; solving again without CBC preprocessing…</source>
        <translation>Der Solver-Prozess wurde ohne Ergebnis beendet; löse erneut ohne die Vorverarbeitung von CBC…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="197"/>
        <source>Pattern enumeration: skipped (it needs the activations term, a continuous network, at most 64 training samples, 3 inputs and 4 hidden units)&lt;br&gt;</source>
        <translation>Musteraufzählung: übersprungen (sie braucht den Aktivierungsterm, ein kontinuierliches Netz, höchstens 64 Trainingsbeispiele, 3 Eingaben und 4 verborgene Einheiten)&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="217"/>
        <source>Start (gradient-trained)</source>
        <translation>Start (gradiententrainiert)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="217"/>
        <source>Start (heuristic)</source>
        <translation>Start (Heuristik)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_page_solve.cpp" line="229"/>
        <source>(Second run, without CBC preprocessing: the first solver process ended without a result.)</source>
        <translation>(Zweiter Lauf, ohne die Vorverarbeitung von CBC: der erste Solver-Prozess wurde ohne Ergebnis beendet.)</translation>
    </message>
</context>
<context>
    <name>smip::ui::PerceptronStudyPanel</name>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="26"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="26"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="26"/>
        <source>Train acc.</source>
        <translation>Gen. Training</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="27"/>
        <source>#weights</source>
        <translation>#Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="27"/>
        <source>#activations</source>
        <translation>#Aktivierungen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="27"/>
        <source>#neurons</source>
        <translation>#Neuronen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="28"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="28"/>
        <source>Proven</source>
        <translation>Bewiesen</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="28"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="34"/>
        <source>Press Study to run the sparsity table (Rosenhahn 2023, Table 3): variant = flags weights/activations/neurons.</source>
        <translation>Klicken Sie auf „Studie“, um die Sparsity-Tabelle zu berechnen (Rosenhahn 2023, Tabelle 3): Variante = Optionen Gewichte/Aktivierungen/Neuronen.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="51"/>
        <source>Seeded splits per variant (the paper uses 10).</source>
        <translation>Aufteilungen (mit Seed) pro Variante (die Veröffentlichung verwendet 10).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="52"/>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="54"/>
        <source>Table 3 of the paper: every flag combination, the integer network and a gradient-trained baseline over repeated splits (uses the weights factor for every term).</source>
        <translation>Tabelle 3 der Veröffentlichung: jede Kombination der Optionen, das ganzzahlige Netz und eine gradientenbasiert trainierte Baseline über wiederholte Aufteilungen (verwendet den Gewichte-Faktor für jeden Term).</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="57"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="59"/>
        <source>Sparsity study</source>
        <translation>Sparsity-Studie</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="61"/>
        <source>Repeats:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="94"/>
        <source>Running: %1 repeats on %2, %3 hidden units, %4 s per solve.</source>
        <translation>Läuft: %1 Wiederholungen auf %2, %3 verborgene Neuronen, %4 s pro Lösungslauf.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="102"/>
        <source>Study: starting…</source>
        <translation>Studie: wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="109"/>
        <source>Cancelling the study after the current solve…</source>
        <translation>Breche die Studie nach dem aktuellen Lösungslauf ab…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="118"/>
        <source>Study: %1 of %2 solves (variant %3)…</source>
        <translation>Studie: %1 von %2 Lösungsläufen (Variante %3)…</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="132"/>
        <source>The study could not run: %1</source>
        <translation>Die Studie konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="137"/>
        <source>Study cancelled after %1 s; the table summarizes finished runs.</source>
        <translation>Studie nach %1 s abgebrochen; die Tabelle fasst die abgeschlossenen Läufe zusammen.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="139"/>
        <source>Study finished in %1 s.</source>
        <translation>Studie nach %1 s abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="142"/>
        <source>%1: %2 train / %3 test rows per split, %4 repeats. Variant = flags weights/activations/neurons; #activations = hidden firings on the training half; the baseline is a ReLU network trained with L1.</source>
        <translation>%1: %2 Trainings- / %3 Testzeilen pro Aufteilung, %4 Wiederholungen. Variante = Optionen Gewichte/Aktivierungen/Neuronen; #Aktivierungen = Feuern verborgener Neuronen auf der Trainingshälfte; die Baseline ist ein mit L1 trainiertes ReLU-Netz.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="149"/>
        <source> Training halves were subsampled.</source>
        <translation> Die Trainingshälften wurden per Teilstichprobe verkleinert.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="166"/>
        <source>baseline (gradient)</source>
        <translation>Baseline (Gradient)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="168"/>
        <source>integer (%1)</source>
        <translation>ganzzahlig (%1)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="171"/>
        <source>%1 of %2 runs without a network: %3</source>
        <translation>%1 von %2 Läufen ohne Netz: %3</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="178"/>
        <source>no network</source>
        <translation>kein Netz</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="181"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="187"/>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="188"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="187"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="188"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="188"/>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="195"/>
        <source>No study to export.</source>
        <translation>Keine Studie zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="201"/>
        <source>Export study as CSV</source>
        <translation>Studie als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="203"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="206"/>
        <source>Study written to %1.</source>
        <translation>Studie nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/perceptron_study_panel.cpp" line="207"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>smip::ui::ProbabilityView</name>
    <message>
        <location filename="../ui/adversarial/probability_view.cpp" line="14"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/probability_view.cpp" line="15"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/probability_view.cpp" line="48"/>
        <source>Class probabilities</source>
        <translation>Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/probability_view.cpp" line="63"/>
        <source>No sample selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/adversarial/probability_view.cpp" line="17"/>
        <source>Softmax of the logits. Bold: the true class; underlined: the class the real network predicts after the perturbation.</source>
        <translation>Softmax der Logits. Fett: die wahre Klasse; unterstrichen: die Klasse, die das echte Netz nach der Störung vorhersagt.</translation>
    </message>
</context>
<context>
    <name>smip::ui::SolveControls</name>
    <message>
        <location filename="../ui/widgets/solve_controls.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/solve_controls.cpp" line="21"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
</context>
<context>
    <name>smip::ui::SolverChart</name>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="13"/>
        <source>Solver progress</source>
        <translation>Solver-Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="13"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="13"/>
        <source>objective</source>
        <translation>Zielfunktion</translation>
    </message>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="14"/>
        <source>Incumbent</source>
        <translation>Beste Lösung</translation>
    </message>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="16"/>
        <source>Best bound</source>
        <translation>Beste Schranke</translation>
    </message>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="88"/>
        <source>Incumbent –   Bound –   Gap –   Nodes 0   Elapsed %1 s</source>
        <translation>Beste Lösung –   Schranke –   Gap –   Knoten 0   Verstrichen %1 s</translation>
    </message>
    <message>
        <location filename="../ui/charts/solver_chart.cpp" line="94"/>
        <source>Incumbent %1   Bound %2   Gap %3   Nodes %4   Elapsed %5 s</source>
        <translation>Beste Lösung %1   Schranke %2   Gap %3   Knoten %4   Verstrichen %5 s</translation>
    </message>
</context>
<context>
    <name>smip::ui::SparsestPage</name>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="79"/>
        <source>From a trained model</source>
        <translation>Aus einem trainierten Modell</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="80"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="93"/>
        <source>N (samples)</source>
        <translation>N (Datenpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="95"/>
        <source>tight (ours: per-sample M, symmetry breaking)</source>
        <translation>scharf (eigene: M pro Datenpunkt, Symmetriebrechung)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="97"/>
        <source>published (one global M)</source>
        <translation>publiziert (ein globales M)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="104"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="107"/>
        <source>CBC&apos;s parallel branch-and-bound is experimental; 1 is safest.</source>
        <translation>Das parallele Branch-and-Bound von CBC ist experimentell; 1 ist am sichersten.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="108"/>
        <source>Count biases in the objective</source>
        <translation>Biases in der Zielfunktion mitzählen</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="109"/>
        <source>Warm start from the trained model</source>
        <translation>Warmstart aus dem trainierten Modell</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="119"/>
        <source>Weight bounds</source>
        <translation>Gewichtsschranken</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="122"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="123"/>
        <source>Margin:</source>
        <translation>Spielraum:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="125"/>
        <source>w_B:</source>
        <translation>w_B:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="126"/>
        <source>b_B:</source>
        <translation>b_B:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="127"/>
        <source>Formulation</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="129"/>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="130"/>
        <source>Width K:</source>
        <translation>Breite K:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="131"/>
        <source>Fit tolerance ε:</source>
        <translation>Anpassungstoleranz ε:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="135"/>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="136"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="138"/>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="139"/>
        <source>Run the whole pipeline</source>
        <translation>Gesamte Pipeline ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="141"/>
        <source>Train the regularizers, take bounds and a MIP start from the sparsest model that fits, then solve.</source>
        <translation>Trainiert die Regularisierer, übernimmt Schranken und einen MIP-Start aus dem dünnstbesetzten passenden Modell und löst dann.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="164"/>
        <source>CBC&apos;s log appears here.</source>
        <translation>Hier erscheint das Protokoll von CBC.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="180"/>
        <source>Export ONNX…</source>
        <translation>ONNX exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="182"/>
        <source>Writes the decoded MILP network as an ONNX model (input: the data&apos;s features, output: f(x)).</source>
        <translation>Schreibt das decodierte MILP-Netz als ONNX-Modell (Eingabe: die Merkmale der Daten, Ausgabe: f(x)).</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="198"/>
        <source>Nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="199"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="220"/>
        <source>One instance</source>
        <translation>Eine Instanz</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="221"/>
        <source>Study (sweep)</source>
        <translation>Studie (Sweep)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="301"/>
        <source>auto: sparsest model that fits</source>
        <translation>automatisch: dünnstbesetztes passendes Modell</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="303"/>
        <source>%1 (%2 nonzeros, MSE %3)</source>
        <translation>%1 (%2 Nichtnull-Einträge, MSE %3)</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="335"/>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="530"/>
        <source>bounds from %1: w_B = %2, b_B = %3</source>
        <translation>Schranken aus %1: w_B = %2, b_B = %3</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="340"/>
        <source>manual bounds: w_B = %1, b_B = %2</source>
        <translation>manuelle Schranken: w_B = %1, b_B = %2</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="348"/>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="353"/>
        <source>Model size: %1 rows, %2 columns, %3 binaries.</source>
        <translation>Modellgröße: %1 Zeilen, %2 Spalten, %3 Binärvariablen.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="368"/>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="399"/>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="669"/>
        <source>Load or generate a dataset first.</source>
        <translation>Laden oder erzeugen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="420"/>
        <source>Proving the rank lower bound, then solving with CBC (%1)…</source>
        <translation>Untere Rangschranke wird bewiesen, dann löst CBC (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="421"/>
        <source>Solving with CBC (%1)…</source>
        <translation>CBC löst (%1)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sparsest/sparsest_page.cpp" line="482"/>
        <source>From the rank bound&apos;s search: %n nonzeros, fits</source>
        <translation>
            <numerusform>Aus der Suche der Rangschranke: %n Nichtnull-Eintrag, passt</numerusform>
            <numerusform>Aus der Suche der Rangschranke: %n Nichtnull-Einträge, passt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="527"/>
        <source>bounds from %1, raised to hold the sparser 1-D kink network: w_B = %2, b_B = %3</source>
        <translation>Schranken aus %1, angehoben für das dünnere 1-D-Knicknetz: w_B = %2, b_B = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sparsest/sparsest_page.cpp" line="533"/>
        <source>starting from %1 repaired to an exact fit (max residual %2 before, %n nonzeros)</source>
        <translation>
            <numerusform>Start bei %1, zur exakten Anpassung repariert (maximales Residuum vorher %2, %n Nichtnull-Eintrag)</numerusform>
            <numerusform>Start bei %1, zur exakten Anpassung repariert (maximales Residuum vorher %2, %n Nichtnull-Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sparsest/sparsest_page.cpp" line="538"/>
        <source>starting from %1 (%n nonzeros)</source>
        <translation>
            <numerusform>Start bei %1 (%n Nichtnull-Eintrag)</numerusform>
            <numerusform>Start bei %1 (%n Nichtnull-Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="545"/>
        <source>no trained model fits; bounds raised to hold the interpolating network: w_B = %1, b_B = %2</source>
        <translation>kein trainiertes Modell passt; Schranken angehoben, sodass das interpolierende Netz hineinpasst: w_B = %1, b_B = %2</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="548"/>
        <source>no trained model fits; w_B = %1, b_B = %2 hold the interpolating network</source>
        <translation>kein trainiertes Modell passt; w_B = %1, b_B = %2 fassen das interpolierende Netz</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sparsest/sparsest_page.cpp" line="551"/>
        <source>starting from the interpolating network (%n nonzeros)</source>
        <translation>
            <numerusform>Start beim interpolierenden Netz (%n Nichtnull-Eintrag)</numerusform>
            <numerusform>Start beim interpolierenden Netz (%n Nichtnull-Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="557"/>
        <source>no trained model fits: bounds as given, w_B = %1, b_B = %2</source>
        <translation>kein trainiertes Modell passt: Schranken wie angegeben, w_B = %1, b_B = %2</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="558"/>
        <source>without a start</source>
        <translation>ohne Startlösung</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="561"/>
        <source>Step 2 of 2: solving with CBC (%1), %2…</source>
        <translation>Schritt 2 von 2: Lösen mit CBC (%1), %2…</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="602"/>
        <source>There is no MILP network to export.</source>
        <translation>Es gibt kein MILP-Netz zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="683"/>
        <source>No MILP to export: %1</source>
        <translation>Kein MILP zu exportieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="690"/>
        <source>The model the Solve button runs (%1), with the rank bound&apos;s row when it is on; start: %2.</source>
        <translation>Das Modell, das „Lösen“ rechnet (%1), mit der Zeile der Rangschranke, wenn sie eingeschaltet ist; Start: %2.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="692"/>
        <source>the chosen trained model, or the rank bound&apos;s witness</source>
        <translation>das gewählte trainierte Modell oder der Zeuge der Rangschranke</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="693"/>
        <source>the rank bound&apos;s witness when it finds one</source>
        <translation>der Zeuge der Rangschranke, wenn sie einen findet</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="375"/>
        <source>The pipeline needs at least one regularizer checked on the Train page.</source>
        <translation>Die Pipeline benötigt mindestens einen auf der Seite „Training“ ausgewählten Regularisierer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sparsest/sparsest_page.cpp" line="391"/>
        <source>Step 1 of 2: training %n regularizer(s)…</source>
        <translation>
            <numerusform>Schritt 1 von 2: %n Regularisierer wird trainiert…</numerusform>
            <numerusform>Schritt 1 von 2: %n Regularisierer werden trainiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="411"/>
        <source>Cannot solve: %1</source>
        <translation>Lösen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="580"/>
        <source>Warm start</source>
        <translation>Warmstart</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="451"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sparsest/sparsest_page.cpp" line="494"/>
        <source>Step 1 of 2: training %n regularizer(s), epoch %1 of %2…</source>
        <translation>
            <numerusform>Schritt 1 von 2: %n Regularisierer wird trainiert, Epoche %1 von %2…</numerusform>
            <numerusform>Schritt 1 von 2: %n Regularisierer werden trainiert, Epoche %1 von %2…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="569"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="574"/>
        <source>Pipeline cancelled during training.</source>
        <translation>Pipeline während des Trainings abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="585"/>
        <source> Pipeline: %1.</source>
        <translation> Pipeline: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="594"/>
        <source>Decoded MILP network</source>
        <translation>Dekodiertes MILP-Netz</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="624"/>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="635"/>
        <source>MILP</source>
        <translation>MILP</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="639"/>
        <source>MILP bound</source>
        <translation>MILP-Schranke</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="640"/>
        <source>Nonzeros: trained models vs sparsest network</source>
        <translation>Nichtnull-Einträge: trainierte Modelle vs. dünnstbesetztes Netz</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="640"/>
        <source>nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="110"/>
        <source>Prove a rank lower bound first</source>
        <translation>Zuerst eine Rang-Unterschranke beweisen</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="112"/>
        <source>Tight variant: before CBC starts, enumerate every combination of unit supports and activation patterns with fewer nonzeros and show that none spans the targets. The proven bound becomes a row of the model, and a network found at the bound becomes the MIP start. Proves N = 7 on random data in seconds, where CBC alone stalls.</source>
        <translation>Straffe Variante: Vor dem Start von CBC wird jede Kombination aus Trägern und Aktivierungsmustern der Neuronen mit weniger Nichtnull-Einträgen aufgezählt und gezeigt, dass keine die Zielwerte aufspannt. Die bewiesene Schranke wird eine Zeile des Modells, und ein auf der Schranke gefundenes Netz wird der MIP-Start. Beweist N = 7 auf Zufallsdaten in Sekunden, wo CBC allein stecken bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/sparsest/sparsest_page.cpp" line="580"/>
        <source>Rank witness</source>
        <translation>Rang-Zeuge</translation>
    </message>
</context>
<context>
    <name>smip::ui::SweepStudyView</name>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="68"/>
        <source>random, teacher, lowrank, or paths of CSV files (comma separated)</source>
        <translation>random, teacher, lowrank oder Pfade von CSV-Dateien (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="71"/>
        <source>sample counts, e.g. 4,5,6 or 4:8</source>
        <translation>Anzahl der Datenpunkte, z. B. 4,5,6 oder 4:8</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="73"/>
        <source>feature counts, e.g. 5 or 2,5</source>
        <translation>Anzahl der Merkmale, z. B. 5 oder 2,5</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="75"/>
        <source>seeds, e.g. 0:9</source>
        <translation>Seeds, z. B. 0:9</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="77"/>
        <source>none, wd, l1, group, p&lt;exponent&gt; (comma separated)</source>
        <translation>none, wd, l1, group, p&lt;Exponent&gt; (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="87"/>
        <source>instances run at once (each MILP in its own worker process)</source>
        <translation>gleichzeitig laufende Instanzen (jedes MILP in einem eigenen Arbeitsprozess)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="90"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="91"/>
        <source>Choose the folder the results are stored in</source>
        <translation>Ordner wählen, in dem die Ergebnisse gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="95"/>
        <source>Results folder</source>
        <translation>Ergebnisordner</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="103"/>
        <source>Data kinds:</source>
        <translation>Datenarten:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="104"/>
        <source>N:</source>
        <translation>N:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="105"/>
        <source>d:</source>
        <translation>d:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="106"/>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="107"/>
        <source>Regularizers:</source>
        <translation>Regularisierer:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="108"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="109"/>
        <source>MILP time limit:</source>
        <translation>Zeitlimit des MILP:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="110"/>
        <source>Workers:</source>
        <translation>Arbeitsprozesse:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="111"/>
        <source>Results folder:</source>
        <translation>Ergebnisordner:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="113"/>
        <source>Run study</source>
        <translation>Studie starten</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="114"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="116"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="121"/>
        <source>Export study as CSV</source>
        <translation>Studie als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="125"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="132"/>
        <source>Results are stored per instance; a study run again continues where it stopped.</source>
        <translation>Ergebnisse werden pro Instanz gespeichert; eine erneut gestartete Studie setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="146"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="146"/>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="172"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="146"/>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="172"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="146"/>
        <source>method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="146"/>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="147"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="147"/>
        <source>mean nonzeros</source>
        <translation>mittlere Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="147"/>
        <source>reached optimum</source>
        <translation>Optimum erreicht</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="169"/>
        <source>Data kinds: name at least one (random, teacher, lowrank or a CSV file)</source>
        <translation>Datenarten: mindestens eine angeben (random, teacher, lowrank oder eine CSV-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="173"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="178"/>
        <source>Regularizers: %1</source>
        <translation>Regularisierer: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="228"/>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="234"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="239"/>
        <source>Cannot start: the results folder &apos;%1&apos; cannot be created</source>
        <translation>Start nicht möglich: Der Ergebnisordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="252"/>
        <source>Running %1 instances on %2 workers…</source>
        <translation>%1 Instanzen laufen auf %2 Arbeitsprozessen…</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="262"/>
        <source>Cannot read the results folder: %1</source>
        <translation>Der Ergebnisordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="272"/>
        <source>Cancelling: running instances stop without storing a result…</source>
        <translation>Abbruch: laufende Instanzen enden, ohne ein Ergebnis zu speichern…</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="282"/>
        <source>Instance failed: %1</source>
        <translation>Instanz fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="285"/>
        <source>%1 of %2 instances done…</source>
        <translation>%1 von %2 Instanzen fertig…</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="294"/>
        <source>The study stopped: %1</source>
        <translation>Die Studie wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="296"/>
        <source>Done: %1 run, %2 already stored, %3 failed, %4 not finished.</source>
        <translation>Fertig: %1 gerechnet, %2 bereits gespeichert, %3 fehlgeschlagen, %4 nicht beendet.</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="315"/>
        <source>%1 proven</source>
        <translation>%1 bewiesen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="316"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_study_view.cpp" line="320"/>
        <source>MILP</source>
        <translation>MILP</translation>
    </message>
</context>
<context>
    <name>smip::ui::SweepSummaryChart</name>
    <message>
        <location filename="../ui/sweep/sweep_summary_chart.cpp" line="70"/>
        <source>Nonzeros against N (mean over the networks that fit; bar = min–max)</source>
        <translation>Nichtnull-Einträge über N (Mittel über die passenden Netze; Balken = Min–Max)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_summary_chart.cpp" line="90"/>
        <source>N (samples)</source>
        <translation>N (Datenpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_summary_chart.cpp" line="93"/>
        <source>nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_summary_chart.cpp" line="104"/>
        <source>proven %1/%2</source>
        <translation>bewiesen %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_summary_chart.cpp" line="105"/>
        <source>reached optimum %1/%2</source>
        <translation>Optimum erreicht %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/sweep_summary_chart.cpp" line="107"/>
        <source>MILP optimum</source>
        <translation>MILP-Optimum</translation>
    </message>
</context>
<context>
    <name>smip::ui::TrainPage</name>
    <message>
        <location filename="../ui/train/train_page.cpp" line="72"/>
        <source>Dataset changed: ready to train.</source>
        <translation>Datensatz geändert: bereit zum Training.</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="92"/>
        <location filename="../ui/train/train_page.cpp" line="244"/>
        <source>Regularizer</source>
        <translation>Regularisierer</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="92"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="92"/>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="122"/>
        <source>N (samples)</source>
        <translation>N (Datenpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="128"/>
        <source>Count biases as nonzeros</source>
        <translation>Biases als Nichtnull-Einträge zählen</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="132"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="133"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="134"/>
        <source>γ (prox scale):</source>
        <translation>γ (Prox-Skalierung):</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="135"/>
        <source>ε (zero threshold):</source>
        <translation>ε (Nullschwelle):</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="136"/>
        <source>Width K:</source>
        <translation>Breite K:</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="137"/>
        <source>Init seed:</source>
        <translation>Init-Seed:</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="138"/>
        <source>Sample every:</source>
        <translation>Messintervall (Epochen):</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="141"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="141"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="148"/>
        <source>Regularizers</source>
        <translation>Regularisierer</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="151"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="165"/>
        <source>Training MSE</source>
        <translation>Trainings-MSE</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="165"/>
        <location filename="../ui/train/train_page.cpp" line="168"/>
        <location filename="../ui/train/train_page.cpp" line="170"/>
        <location filename="../ui/train/train_page.cpp" line="172"/>
        <location filename="../ui/train/train_page.cpp" line="455"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="165"/>
        <location filename="../ui/train/train_page.cpp" line="244"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="168"/>
        <source>Nonzero path products</source>
        <translation>Nicht-Null-Pfadprodukte</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="168"/>
        <source>nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="170"/>
        <source>Active neurons</source>
        <translation>Aktive Neuronen</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="170"/>
        <source>neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="172"/>
        <source>Path norm (p = 1)</source>
        <translation>Pfadnorm (p = 1)</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="172"/>
        <source>Σ|v·w|</source>
        <translation>Σ|v·w|</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="180"/>
        <location filename="../ui/train/train_page.cpp" line="405"/>
        <location filename="../ui/train/train_page.cpp" line="502"/>
        <location filename="../ui/train/train_page.cpp" line="557"/>
        <location filename="../ui/train/train_page.cpp" line="580"/>
        <location filename="../ui/train/train_page.cpp" line="598"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="184"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="185"/>
        <source>Duration of the replay</source>
        <translation>Dauer der Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="188"/>
        <location filename="../ui/train/train_page.cpp" line="515"/>
        <location filename="../ui/train/train_page.cpp" line="550"/>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="200"/>
        <source>MSE as band</source>
        <translation>MSE als Band</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="202"/>
        <source>Draw each MSE curve as its minimum–maximum band per column of epochs with the median as a line</source>
        <translation>Jede MSE-Kurve als Band von Minimum bis Maximum je Epochenspalte zeichnen, mit dem Median als Linie</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="206"/>
        <source>Export frames…</source>
        <translation>Bilder exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="208"/>
        <source>Write the replay as numbered PNG images (30 per second of replay) into a folder, e.g. for a video</source>
        <translation>Die Wiedergabe als nummerierte PNG-Bilder (30 je Sekunde Wiedergabe) in einen Ordner schreiben, z. B. für ein Video</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="212"/>
        <source>Folder for the frames</source>
        <translation>Ordner für die Bilder</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="216"/>
        <source>Frames written to %1</source>
        <translation>Bilder geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="229"/>
        <source>Network of:</source>
        <translation>Netz von:</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="231"/>
        <source>Export ONNX…</source>
        <translation>ONNX exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="233"/>
        <source>Writes the chosen network as an ONNX model (input: the data&apos;s features, output: f(x)).</source>
        <translation>Schreibt das gewählte Netz als ONNX-Modell (Eingabe: die Merkmale der Daten, Ausgabe: f(x)).</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="244"/>
        <source>Nonzeros</source>
        <translation>Nichtnull-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="244"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="245"/>
        <source>Path norm</source>
        <translation>Pfadnorm</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="245"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="245"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="100"/>
        <source>ℓp path norm</source>
        <translation>ℓp-Pfadnorm</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="253"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="254"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="304"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="306"/>
        <source>wd</source>
        <translation>wd</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="308"/>
        <source>p=%1</source>
        <translation>p=%1</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="310"/>
        <source>ℓ1</source>
        <translation>ℓ1</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="312"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="320"/>
        <source>None (Adam)</source>
        <translation>Keiner (Adam)</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="322"/>
        <source>Weight decay (AdamW)</source>
        <translation>Weight Decay (AdamW)</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="324"/>
        <source>ℓp path norm, p = %1</source>
        <translation>ℓp-Pfadnorm, p = %1</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="326"/>
        <source>ℓ1 proximal (ISTA)</source>
        <translation>ℓ1 proximal (ISTA)</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="328"/>
        <source>Group lasso per neuron</source>
        <translation>Group Lasso pro Neuron</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="384"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="384"/>
        <source>Load or generate a dataset first.</source>
        <translation>Laden oder erzeugen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="389"/>
        <source>Nothing to train</source>
        <translation>Nichts zu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="390"/>
        <source>Check at least one regularizer.</source>
        <translation>Wählen Sie mindestens einen Regularisierer aus.</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="455"/>
        <source>Path norm (p = %1)</source>
        <translation>Pfadnorm (p = %1)</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="455"/>
        <source>Σ|v·w|^p</source>
        <translation>Σ|v·w|^p</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/train_page.cpp" line="438"/>
        <source>Training %n regularizer(s)…</source>
        <translation>
            <numerusform>Training mit %n Regularisierer…</numerusform>
            <numerusform>Training mit %n Regularisierern…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="398"/>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="445"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="516"/>
        <source>No weight snapshots to replay</source>
        <translation>Keine Gewichtsschnappschüsse für die Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="546"/>
        <source>%1 at epoch %2</source>
        <translation>%1 in Epoche %2</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="554"/>
        <source>Nothing to export: train first (with weight snapshots).</source>
        <translation>Nichts zu exportieren: zuerst trainieren (mit Gewichts-Schnappschüssen).</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="555"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="567"/>
        <source>Cannot render frame %1</source>
        <translation>Bild %1 kann nicht gerendert werden</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="584"/>
        <source>Stop replay</source>
        <translation>Wiedergabe anhalten</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="622"/>
        <source>Training… %1 s</source>
        <translation>Training läuft… %1 s</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="648"/>
        <source>Finished in %1 s.</source>
        <translation>Fertig nach %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="649"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/train_page.cpp" line="683"/>
        <source>Showing %n trained model(s) from the pipeline or a session.</source>
        <translation>
            <numerusform>%n trainiertes Modell aus der Pipeline oder einer Sitzung.</numerusform>
            <numerusform>%n trainierte Modelle aus der Pipeline oder einer Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="719"/>
        <source>There is no trained network to export.</source>
        <translation>Es gibt kein trainiertes Netz zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="736"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="738"/>
        <source>stopped at epoch %1</source>
        <translation>in Epoche %1 gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="739"/>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <location filename="../ui/train/train_page.cpp" line="750"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>smip::ui::WeightMatrixView</name>
    <message>
        <location filename="../ui/perceptron/weight_matrix_view.cpp" line="59"/>
        <source>No network yet.</source>
        <translation>Noch kein Netz.</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/weight_matrix_view.cpp" line="90"/>
        <source>unit %1</source>
        <translation>Neuron %1</translation>
    </message>
    <message>
        <location filename="../ui/perceptron/weight_matrix_view.cpp" line="67"/>
        <location filename="../ui/perceptron/weight_matrix_view.cpp" line="90"/>
        <source>unit %1 ✕</source>
        <translation>Neuron %1 ✕</translation>
    </message>
</context>
<context>
    <name>smip::ui::WorkerJobBase</name>
    <message>
        <location filename="../ui/jobs/worker_job.cpp" line="8"/>
        <source>The job failed with an unknown error.</source>
        <translation>Der Auftrag ist mit einem unbekannten Fehler abgebrochen.</translation>
    </message>
</context>
</TS>
