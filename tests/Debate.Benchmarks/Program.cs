using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Debate.Benchmarks;

// `budget`, `rate` and `startup` are quick checks for CI and the README; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "budget" => BudgetCheck.Budget(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20),
    "cpu" => CpuFigures.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5),
    "rate" => BudgetCheck.Rate(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, 5000),
    "startup" => StartupCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10, args.Length > 2 ? string.Join(' ', args[2..]) : null),
    _ => Run(args),
};

static int Run(string[] args)
{
    // On a 2-core machine shared with other builds, generating and building the benchmark project can
    // take longer than BenchmarkDotNet's default two minutes (or pass --inProcess to skip that build).
    var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
    BenchmarkSwitcher.FromAssembly(typeof(Positions).Assembly).Run(args, config);
    return 0;
}
