namespace Junkan.Core.Recyclability;

/// <summary>
/// One source of one element in one year, in tonnes of contained element: M (contained in the source generated),
/// R = M · r · y_pre · y_end (recoverable at today's collection rate r) and R* (at the achievable rate); null where
/// a parameter is a data gap, with the missing parameters named. A primary by-product source has no M, R or R* (it is
/// not recycling) and its published output in <see cref="PrimaryByproduct"/> (t of element per year).
/// </summary>
public sealed record SourceAmount(RecyclingSource Source, int Year, double? Contained, double? Recoverable, double? RecoverableAchievable, IReadOnlyList<string> Gaps,
    double? PrimaryByproduct = null);
