NAME          FEAS
ROWS
 N  COST
 G  R1
COLUMNS
    MARKER                 'MARKER'                 'INTORG'
    X         COST         1.0   R1           1.0
    MARKER                 'MARKER'                 'INTEND'
RHS
    RHS       R1           1.5
BOUNDS
 UP BND       X            10.0
ENDATA
