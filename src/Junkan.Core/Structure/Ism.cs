namespace Junkan.Core.Structure;

/// <summary>The MICMAC quadrant of a factor (Duperrin &amp; Godet 1973), by its driving power and dependence against the midpoint n/2.</summary>
public enum MicmacQuadrant
{
    /// <summary>Weak driving power, weak dependence (&lt;= n/2 both): loosely connected.</summary>
    Autonomous,
    /// <summary>Weak driving power, strong dependence: an outcome.</summary>
    Dependent,
    /// <summary>Strong driving power, strong dependence: unstable, any action on it feeds back.</summary>
    Linkage,
    /// <summary>Strong driving power, weak dependence: a root cause (key factor).</summary>
    Independent,
}

/// <summary>
/// The ISM result: the final (transitive) reachability matrix M*, the level of every factor (1 = top: reached by the
/// others, reaches only its own level), driving power (row sum of M*) and dependence (column sum of M*), each
/// counting the factor itself.
/// </summary>
public sealed record IsmResult(bool[,] Reachability, int[] Levels, int[] DrivingPower, int[] Dependence)
{
    public int Size => Levels.Length;

    /// <summary>Number of levels.</summary>
    public int LevelCount => Levels.Length == 0 ? 0 : Levels.Max();

    /// <summary>The quadrant of factor i: strong means above n/2 (the midpoint of 1..n).</summary>
    public MicmacQuadrant Quadrant(int i)
    {
        double mid = Size / 2.0;
        bool drive = DrivingPower[i] > mid, dep = Dependence[i] > mid;
        return (drive, dep) switch
        {
            (false, false) => MicmacQuadrant.Autonomous,
            (false, true) => MicmacQuadrant.Dependent,
            (true, true) => MicmacQuadrant.Linkage,
            (true, false) => MicmacQuadrant.Independent,
        };
    }
}

/// <summary>
/// Interpretive structural modelling (Warfield 1974, "Developing interconnection matrices in structural modeling",
/// IEEE Trans. SMC 4(1) 81-87): an initial reachability matrix (i reaches j when the total influence t<sub>ij</sub> is at
/// or above θ, or as the user gives it, and every factor reaches itself), its transitive closure by Warshall's
/// algorithm, the level partition and the MICMAC driving power and dependence.
/// </summary>
public static class Ism
{
    /// <summary>The initial reachability matrix from DEMATEL: m<sub>ij</sub> = 1 when i = j or t<sub>ij</sub> ≥ θ (and t<sub>ij</sub> &gt; 0).</summary>
    public static bool[,] Initial(DematelResult d)
    {
        ArgumentNullException.ThrowIfNull(d);
        int n = d.Size;
        var m = new bool[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i, j] = i == j || d.Above(i, j);
        return m;
    }

    /// <summary>The transitive closure (Warshall 1962): m<sub>ij</sub> ← m<sub>ij</sub> ∨ (m<sub>ik</sub> ∧ m<sub>kj</sub>) for k = 1..n; the diagonal is set.</summary>
    public static bool[,] Closure(bool[,] initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        int n = initial.GetLength(0);
        if (initial.GetLength(1) != n) throw new ArgumentException("a reachability matrix is square", nameof(initial));
        var m = (bool[,])initial.Clone();
        for (int i = 0; i < n; i++) m[i, i] = true;
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                if (m[i, k])
                    for (int j = 0; j < n; j++)
                        m[i, j] |= m[k, j];
        return m;
    }

    /// <summary>
    /// The level partition of a transitive reachability matrix: a factor i is at the current level when its
    /// reachability set R(i) = {j : m<sub>ij</sub>} among the factors left equals R(i) ∩ A(i), A(i) = {j : m<sub>ji</sub>};
    /// those factors are removed and the next level is found, until none is left. Level 1 is the top.
    /// </summary>
    public static int[] Levels(bool[,] closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        int n = closure.GetLength(0);
        var level = new int[n];
        int left = n;
        for (int l = 1; left > 0; l++)
        {
            var top = Enumerable.Range(0, n).Where(i => level[i] == 0 && IsTop(closure, level, i)).ToList();
            // A transitive matrix always has a top level (the factors of a terminal strongly connected group).
            if (top.Count == 0) throw new ArgumentException("the reachability matrix is not transitive", nameof(closure));
            foreach (int i in top) level[i] = l;
            left -= top.Count;
        }
        return level;
    }

    private static bool IsTop(bool[,] m, int[] level, int i)
    {
        for (int j = 0; j < m.GetLength(0); j++)
            if (level[j] == 0 && m[i, j] && !m[j, i]) return false;
        return true;
    }

    /// <summary>ISM from a reachability matrix: closure, levels, driving power and dependence.</summary>
    public static IsmResult Analyse(bool[,] initial)
    {
        var m = Closure(initial);
        int n = m.GetLength(0);
        var drive = new int[n];
        var dep = new int[n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (m[i, j]) { drive[i]++; dep[j]++; }
        return new IsmResult(m, Levels(m), drive, dep);
    }
}
