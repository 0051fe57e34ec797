using BenchmarkDotNet.Running;
using Debate.Benchmarks;

// `budget` and `rate` are quick checks for CI and the README; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "budget" => BudgetCheck.Budget(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20),
    "rate" => BudgetCheck.Rate(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, 5000),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Positions).Assembly).Run(args);
    return 0;
}
