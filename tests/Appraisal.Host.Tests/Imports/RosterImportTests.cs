using System.Text;
using Appraisal.Host.Imports;

namespace Appraisal.Host.Tests.Imports;

/// <summary>Reading roster files as organisers make them: CSV from Excel or a script, XLSX, Chinese headers and names.</summary>
public sealed class RosterImportTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    static RosterImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_utf8_csv_with_a_bom_chinese_headers_quotes_and_blank_lines_reads_as_written()
    {
        var csv = "编号,姓名,党员类别,部门\r\nm001,张三,正式党员,组织科\r\n\r\nm002,\"李四, 小李\",预备党员,\"宣传\"\"科\"\"\"\r\n,,,\r\nm003,\"王\n五\",,\r\n";
        var table = RosterImport.Read([.. Bom, .. Encoding.UTF8.GetBytes(csv)]);

        Assert.Equal(["编号", "姓名", "党员类别", "部门"], table.Headers);
        Assert.Equal([2, 4, 6], table.Rows.Select(r => r.Number));
        Assert.Equal("李四, 小李", table.Value(table.Rows[1], RosterColumn.Name));
        Assert.Equal("宣传\"科\"", table.Value(table.Rows[1], RosterColumn.Office));
        Assert.Equal("王\n五", table.Value(table.Rows[2], RosterColumn.Name));
        Assert.Equal("", table.Value(table.Rows[2], RosterColumn.UnitClass)); // no such column
    }

    [Fact]
    public void English_headers_without_a_bom_and_a_last_line_without_a_line_break_are_read()
    {
        var table = RosterImport.Read(Encoding.UTF8.GetBytes("ID, Name ,Unit_Class\nA-1,财政局,政府部门"));

        Assert.Equal(0, table.Columns[RosterColumn.Id]);
        Assert.Equal(1, table.Columns[RosterColumn.Name]);
        Assert.Equal("政府部门", table.Value(table.Rows.Single(), RosterColumn.UnitClass));
    }

    [Fact]
    public void A_gbk_csv_from_excel_on_chinese_windows_is_read_as_gb18030()
    {
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("编号,姓名\r\nm001,欧阳娜娜\r\n");

        Assert.Equal("欧阳娜娜", RosterImport.Read(gbk).Value(RosterImport.Read(gbk).Rows[0], RosterColumn.Name));
        Assert.Equal("GB18030", TextDecoding.Decode(gbk).Encoding);
        Assert.Equal("UTF-8", TextDecoding.Decode(Encoding.UTF8.GetBytes("编号,姓名\r\nm001,欧阳娜娜\r\n")).Encoding);
    }

    [Theory]
    [InlineData("编号,姓名\r\nm001,张\"三\r\n", 2)]          // a quote inside an unquoted cell
    [InlineData("编号,姓名\r\nm001,\"张三\"x\r\n", 2)]       // text after a closing quote
    [InlineData("编号,姓名\r\nm001,张三\r\nm002,\"李四\r\n", 3)] // a quote never closed
    public void A_stray_quote_is_refused_with_its_line(string csv, int line)
    {
        var problem = Assert.Throws<ImportException>(() => RosterImport.Read(Encoding.UTF8.GetBytes(csv))).Problem;

        Assert.Equal(line, problem.Row);
        Assert.Contains($"第 {line} 行", problem.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_binary_old_excel_and_oversized_files_are_refused_with_what_to_do()
    {
        Assert.Contains("空", Assert.Throws<ImportException>(() => RosterImport.Read([])).Problem.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains("空", Assert.Throws<ImportException>(() => RosterImport.Read([.. Bom, .. "\r\n\r\n"u8])).Problem.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains(".xls", Assert.Throws<ImportException>(() => RosterImport.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])).Problem.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains("CSV", Assert.Throws<ImportException>(() => RosterImport.Read([0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0])).Problem.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains("XLSX", Assert.Throws<ImportException>(() => RosterImport.Read([.. "PK\u0003\u0004"u8, 1, 2, 3])).Problem.Message.ZhCn, StringComparison.Ordinal);
        Assert.Contains("MB", Assert.Throws<ImportException>(() => RosterImport.Read(new byte[RosterImport.MaxBytes + 1])).Problem.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xlsx_first_sheet_is_read_from_shared_strings_and_cached_formula_values()
    {
        var xlsx = Workbooks.Create(
        [
            ["编号", "姓名", "身份"],
            ["m001", "张三", "正式党员"],
            [null, null, null],
            ["m002", "=李四", "预备党员"],
            ["m003", null, "预备党员"],
        ]);

        var table = RosterImport.Read(xlsx);

        Assert.Equal([2, 4, 5], table.Rows.Select(r => r.Number));
        Assert.Equal("李四", table.Value(table.Rows[1], RosterColumn.Name));
        Assert.Equal("", table.Value(table.Rows[2], RosterColumn.Name));
        Assert.Equal("预备党员", table.Value(table.Rows[2], RosterColumn.Membership));
        Assert.Empty(table.Problems);
    }

    [Fact]
    public void An_xlsx_formula_without_a_cached_value_is_a_problem_of_its_cell()
    {
        var table = RosterImport.Read(Workbooks.Create([["编号", "姓名"], ["m001", "张三"]], uncachedFormulaIn: true));

        var problem = Assert.Single(table.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Equal("B3", problem.Column);
        Assert.Contains("公式", problem.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_rows_are_checked_all_at_once_against_the_file_and_the_campaign()
    {
        var csv = $"编号,姓名,党员类别,单位类别,部门\nm001,张三,正式党员,,组织科\nm001,李四,预备,,\nm002,,正式党员,,\nm003,王五,团员,,\nm004,{new string('赵', 101)},,,\nm009,已有,,,\nm005,钱七,probationary,党群部门,\n";
        var check = SubjectImport.Check(RosterImport.Read(Encoding.UTF8.GetBytes(csv)), ["m009"]);

        Assert.Equal(
            [(3, "编号"), (4, "姓名"), (5, "党员类别"), (6, "姓名"), (7, "编号")],
            check.Problems.Select(p => (p.Row!.Value, p.Column!)));
        Assert.Contains("第 2 行", check.Problems[0].Message.ZhCn, StringComparison.Ordinal);
        Assert.Empty(check.Subjects); // all or nothing
        var fine = check.Rows.Where(r => r.Subject is not null).Select(r => r.Subject!).ToArray();
        Assert.Equal(["m001", "m005"], fine.Select(s => s.Id));
        Assert.Equal("full", fine[0].Attribute("membership"));
        Assert.Equal("组织科", fine[0].Attribute("office"));
        Assert.Equal("probationary", fine[1].Attribute("membership"));
        Assert.Equal("党群部门", fine[1].UnitClass);
    }

    [Fact]
    public void A_file_without_an_id_or_name_column_or_without_rows_is_one_problem_of_the_file()
    {
        var noName = SubjectImport.Check(RosterImport.Read("编号,部门\nm001,组织科\n"u8.ToArray()), []);
        var noRows = SubjectImport.Check(RosterImport.Read("编号,姓名\n"u8.ToArray()), []);

        Assert.Null(Assert.Single(noName.Problems, p => p.Row is null).Row);
        Assert.Contains("姓名", noName.Problems[0].Message.ZhCn, StringComparison.Ordinal);
        Assert.Null(Assert.Single(noRows.Problems).Row);
    }
}
