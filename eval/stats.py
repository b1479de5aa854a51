"""Statistics the evaluation commands share."""
import math


def wilson(k, n, z=1.96):
    """The 95% Wilson score interval of k successes in n trials, as (low, high); (0, 0) for n = 0."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))



def clustered_wilson(outcomes, z=1.96):
    """The 95 % Wilson interval of a share whose trials come in clusters, as (low, high): `outcomes`
    maps each cluster to its (successes, trials). Why: the MQM systems translate the same source
    sentences and make the same error in several of them, so findings on one source sentence are not
    independent trials and the plain Wilson interval is too narrow. The trials are discounted by the
    design effect (the between-cluster variance of the share, as a ratio estimator, over the binomial
    variance; never below 1) and the Wilson interval is taken for that effective count. (0, 0)
    without trials."""
    clusters = [c for c in outcomes.values() if c[1] > 0]
    total = sum(n for _, n in clusters)
    if total == 0:
        return (0.0, 0.0)
    p = sum(k for k, _ in clusters) / total
    effect = 1.0
    if len(clusters) > 1 and 0 < p < 1:
        between = len(clusters) / (len(clusters) - 1) * sum((k - p * n) ** 2 for k, n in clusters) / total ** 2
        effect = max(1.0, between / (p * (1 - p) / total))
    effective = total / effect
    return wilson(p * effective, effective, z)
