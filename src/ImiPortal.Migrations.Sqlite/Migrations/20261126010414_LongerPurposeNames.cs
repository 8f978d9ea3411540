using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LongerPurposeNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
