* every section and most bound types: ranges on E/L/G rows, FR/MI/FX/LO/UP/BV bounds
NAME          MIX
ROWS
 N  OBJ
 E  EQ1
 L  LE1
 G  GE1
 L  LE2
COLUMNS
    A         OBJ          1.5   EQ1          1.0
    A         LE1          2.0
    B         OBJ         -2.0   GE1          1.0
    B         LE2          1.0   EQ1         -1.0
    C         OBJ          0.5   LE1          1.0
    D         GE1          3.0   LE2         -4.0
    E         OBJ          1.0   EQ1          1e-3
RHS
    RHS       EQ1          2.0   LE1          8.0
    RHS       GE1          1.0   LE2          6.0
    RHS       OBJ         -3.0
RANGES
    RNG       EQ1          1.0   LE1          4.0
    RNG       GE1          2.5
BOUNDS
 FR BND       A
 MI BND       B
 UP BND       B            5.0
 FX BND       C            2.0
 LO BND       D           -1.0
 UP BND       D            7.0
 BV BND       E
ENDATA
