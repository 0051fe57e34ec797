namespace Debate.Core.Adjudication;

/// <summary>
/// Dung's grounded extension over a defeat graph: the unique, sceptical set of arguments that
/// survive. Computed by the usual labelling: an argument is in when all its defeaters are out, out
/// when some defeater is in; what never settles is undecided. Linear in nodes times rounds.
/// </summary>
public static class GroundedExtension
{
    /// <summary>
    /// Labels <paramref name="nodeCount"/> nodes. Only attacks that succeed count as defeats;
    /// attacks that fail (the attacker is weaker) are ignored here and explained elsewhere.
    /// </summary>
    public static Label[] Compute(int nodeCount, IReadOnlyList<Defeat> attacks)
    {
        ArgumentNullException.ThrowIfNull(attacks);
        var labels = new Label[nodeCount];
        Array.Fill(labels, Label.Undecided);
        var remaining = new int[nodeCount];
        foreach (var a in attacks)
        {
            if (a.Succeeds)
            {
                remaining[a.Target]++;
            }
        }

        // Work-list form: a node with no live defeater goes in; its targets go out, which may free others.
        var queue = new Queue<int>();
        for (var i = 0; i < nodeCount; i++)
        {
            if (remaining[i] == 0)
            {
                queue.Enqueue(i);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (labels[node] != Label.Undecided)
            {
                continue;
            }

            labels[node] = Label.Standing;
            foreach (var a in attacks)
            {
                if (!a.Succeeds || a.Attacker != node || labels[a.Target] != Label.Undecided)
                {
                    continue;
                }

                labels[a.Target] = Label.Defeated;
                foreach (var b in attacks)
                {
                    if (b.Succeeds && b.Attacker == a.Target && labels[b.Target] == Label.Undecided && --remaining[b.Target] == 0)
                    {
                        queue.Enqueue(b.Target);
                    }
                }
            }
        }

        return labels;
    }
}
